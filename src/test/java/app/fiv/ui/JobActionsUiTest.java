package app.fiv.ui;

import static app.fiv.ui.UiTestSupport.shown;
import static app.fiv.ui.UiTestSupport.text;
import static app.fiv.ui.UiTestSupport.typeJobId;
import static app.fiv.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import app.fiv.api.EventSeverity;
import app.fiv.api.JobDetails;
import app.fiv.api.JobEvent;
import app.fiv.api.VmOutcome;
import app.fiv.demo.DemoCommServe;
import app.fiv.demo.DemoJobs;
import app.fiv.testing.DemoJobLists;
import app.fiv.ui.app.AppContext;
import app.fiv.ui.tabs.JobTab;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A job's details, events, resubmit and Command Center, driven through the real window and dialog. */
@ExtendWith(ApplicationExtension.class)
class JobActionsUiTest {
    private static DemoCommServe demo;
    private static DemoCommServe older;
    private final TestApp app = new TestApp();
    private final List<URI> opened = new CopyOnWriteArrayList<>();
    private AppContext context;

    @BeforeAll
    static void startServers() throws Exception {
        demo = DemoCommServe.start();
        older = DemoCommServe.builder().withoutJobActions().start();
    }

    @AfterAll
    static void stopServers() {
        demo.close();
        older.close();
    }

    @Start
    void start(Stage stage) {
        // The real resubmit dialog is under test; only the browser is a fake.
        context = app.context().withBrowser(opened::add);
        context.start(stage, false);
    }

    @AfterEach
    void cleanUp() throws Exception {
        app.close();
    }

    private void open(FxRobot robot, DemoCommServe server, long jobId) {
        if (context.model().session().sessionProperty().get() == null) {
            UiTestSupport.submitLogin(robot, server);
        }
        typeJobId(robot, jobId);
        waitUntil("job " + jobId + " is open", () -> selected() != null && selected().jobId() == jobId
                && !context.model().busyBinding().get());
    }

    private JobTab selected() {
        return context.model().selectedTabProperty().get();
    }

    private void section(FxRobot robot, String title) {
        robot.clickOn(robot.lookup("#job-sections .tab .tab-label").match(UiTestSupport::treeVisible)
                .match((Labeled label) -> label.getText().startsWith(title)).queryLabeled());
    }

    private long resubmits(DemoCommServe server) {
        return server.requests().stream().filter(r -> r.path().endsWith("/action/Resubmit")).count();
    }

    @SuppressWarnings("unchecked")
    private <T> TableView<T> tableOf(FxRobot robot, String id) {
        return shown(robot, id, TableView.class);
    }

    @Test
    void detailsShowWhoStartedTheJobItsAttemptsAndTheFailedVmsFirst(FxRobot robot) {
        UiTestSupport.submitLogin(robot, demo);
        waitUntil("logged in", () -> context.model().session().sessionProperty().get() != null);
        long vmJob = DemoJobLists.latestRun(context.model().session().sessionProperty().get(), DemoJobLists.VCENTER,
                DemoJobLists.VCENTER_PRODUCTION);
        open(robot, demo, vmJob);

        section(robot, "Details");

        TableView<JobDetails.VirtualMachine> vms = tableOf(robot, "#vm-table");
        waitUntil("the VMs are listed", () -> vms.getItems().size() == 12);
        assertThat(vms.getItems().subList(0, 2)).extracting(JobDetails.VirtualMachine::outcome)
                .containsOnly(VmOutcome.FAILED);
        assertThat(text(robot, "#vm-summary")).isEqualTo("12 virtual machines · 2 failed");
        assertThat(text(robot, "#details-started-by")).isEqualTo("admin");
        assertThat(text(robot, "#details-started-from")).isEqualTo("Scheduled");
        TableView<JobDetails.Attempt> attempts = tableOf(robot, "#attempts-table");
        assertThat(attempts.getItems()).extracting(JobDetails.Attempt::phase).contains("Backup");
        assertThat(robot.lookup("#details-note").match(UiTestSupport::treeVisible).tryQuery()).isEmpty();
    }

    @Test
    void eventsAreMostSevereFirstAndFilter(FxRobot robot) {
        UiTestSupport.submitLogin(robot, demo);
        waitUntil("logged in", () -> context.model().session().sessionProperty().get() != null);
        long vmJob = DemoJobLists.latestRun(context.model().session().sessionProperty().get(), DemoJobLists.VCENTER,
                DemoJobLists.VCENTER_PRODUCTION);
        open(robot, demo, vmJob);

        section(robot, "Events");

        TableView<JobEvent> events = tableOf(robot, "#events-table");
        waitUntil("the events are listed", () -> events.getItems().size() > 3);
        int all = events.getItems().size();
        assertThat(events.getItems().get(0).severity()).isEqualTo(EventSeverity.CRITICAL);
        assertThat(events.getItems()).extracting(JobEvent::severity).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        Node glyph = robot.lookup("#events-table .table-row-cell .status-glyph").match(UiTestSupport::treeVisible).query();
        assertThat(glyph.getStyleClass()).contains("glyph-critical");
        assertThat(robot.lookup("#job-sections .tab-label").queryAllAs(Labeled.class)).extracting(Labeled::getText)
                .contains("Events (" + all + ")");

        robot.clickOn("#events-filter").write("vm-web-02");
        waitUntil("the filter applies", () -> events.getItems().size() == 1);
        assertThat(text(robot, "#events-count")).isEqualTo("1 / " + all + " events");
        robot.type(KeyCode.ESCAPE);
        waitUntil("Esc clears it", () -> events.getItems().size() == all);

        robot.interact(() -> selected().details().eventsTable().lowestSeverityProperty().set(EventSeverity.MAJOR));
        assertThat(events.getItems()).isNotEmpty().allMatch(e -> e.severity().compareTo(EventSeverity.MAJOR) >= 0);
        robot.clickOn(robot.lookup("#events-table .column-header .label").match((Labeled l) -> "Time".equals(l.getText()))
                .queryLabeled());
        waitUntil("sorted by time only", () -> events.getSortOrder().size() == 1);
    }

    @Test
    void cancelInTheResubmitDialogSendsNothingAndResubmitTellsTheNewJob(FxRobot robot) {
        open(robot, demo, DemoJobs.LIST_SAMPLE);
        long before = resubmits(demo);

        robot.clickOn("#resubmit-job");
        waitUntil("the confirmation opens", () -> robot.lookup("#resubmit-dialog").tryQuery().isPresent());
        DialogPane dialog = robot.lookup("#resubmit-dialog").queryAs(DialogPane.class);
        assertThat(dialog.getHeaderText()).isEqualTo("Resubmit job 1001?");
        assertThat(dialog.getContentText()).contains("Client: fileserver01", "Subclient: default",
                "Last status: Completed w/ one or more errors");
        Button cancel = robot.lookup("#resubmit-cancel").queryButton();
        assertThat(cancel.isDefaultButton()).isTrue();
        assertThat(robot.lookup("#resubmit-confirm").queryButton().isDefaultButton()).isFalse();
        robot.clickOn(cancel);
        waitUntil("the dialog closes", () -> robot.lookup("#resubmit-dialog").tryQuery().isEmpty());
        assertThat(text(robot, "#status-message")).isEqualTo("Job 1001 was not resubmitted.");

        robot.clickOn("#resubmit-job");
        waitUntil("the confirmation opens again", () -> robot.lookup("#resubmit-dialog").tryQuery().isPresent());
        robot.type(KeyCode.ENTER);
        waitUntil("Enter is Cancel", () -> robot.lookup("#resubmit-dialog").tryQuery().isEmpty());
        assertThat(resubmits(demo)).as("Cancel and Enter sent nothing").isEqualTo(before);

        robot.clickOn("#resubmit-job");
        waitUntil("the confirmation opens a third time", () -> robot.lookup("#resubmit-confirm").tryQuery().isPresent());
        robot.clickOn("#resubmit-confirm");
        waitUntil("the new job is told", () -> text(robot, "#status-message").startsWith("Resubmitted job 1001"));
        assertThat(text(robot, "#status-message")).matches("Resubmitted job 1001 \\(fileserver01 / default\\): the new job is \\d+\\.");
        assertThat(resubmits(demo)).isEqualTo(before + 1);
    }

    @Test
    void aRefusalIsShownAndARunningJobCannotBeResubmitted(FxRobot robot) {
        open(robot, demo, DemoJobs.NULL_ITEMS);
        robot.clickOn("#resubmit-job");
        waitUntil("the confirmation opens", () -> robot.lookup("#resubmit-confirm").tryQuery().isPresent());
        robot.clickOn("#resubmit-confirm");

        waitUntil("the refusal shows", () -> !text(robot, "#error-message").isEmpty());
        assertThat(text(robot, "#error-message")).contains("did not resubmit job 2007", "Job Management permission");

        long running = DemoJobLists.withStatus(context.model().session().sessionProperty().get(), "Running");
        robot.interact(() -> context.model().fetch().open(running));
        waitUntil("the running job is open", () -> selected() != null && selected().jobId() == running
                && !context.model().busyBinding().get());
        assertThat(shown(robot, "#resubmit-job", Button.class).isDisabled()).isTrue();
        assertThat(shown(robot, "#resubmit-job", Button.class).getTooltip().getText()).contains("still running");
    }

    @Test
    void openInCommandCenterOpensTheJobsPageInTheBrowser(FxRobot robot) {
        open(robot, demo, DemoJobs.LIST_SAMPLE);

        robot.clickOn(shown(robot, "#open-command-center", Button.class));

        waitUntil("the page opens", () -> !opened.isEmpty());
        assertThat(opened).containsExactly(URI.create(demo.baseUrl().toString().replaceAll("/$", "")
                + "/commandcenter/#/jobs/1001"));
        assertThat(text(robot, "#status-message")).startsWith("Opened job 1001 in Command Center: ");
    }

    @Test
    void anOlderServerHidesDetailsAndEventsWithANoteAndTheItemsStillShow(FxRobot robot) {
        open(robot, older, DemoJobs.LIST_SAMPLE);
        waitUntil("the items are shown", () -> selected().table().totalCountProperty().get() == 2);

        section(robot, "Details");
        waitUntil("the details note shows", () -> text(robot, "#details-note").contains("does not offer job details"));
        assertThat(text(robot, "#details-note")).contains("everything else still work");
        assertThat(robot.lookup("#details-retry").match(UiTestSupport::treeVisible).tryQuery()).isEmpty();
        section(robot, "Events");
        waitUntil("the events note shows", () -> text(robot, "#events-note").contains("does not offer job events"));
        assertThat(shown(robot, "#events-table", TableView.class).isVisible()).isFalse();
        section(robot, "Failed items");
        assertThat(UiTestSupport.table(robot).getItems()).hasSize(2);
        assertThat(text(robot, "#error-message")).isEmpty();
    }
}

package app.fiv.ui;

import static app.fiv.ui.UiTestSupport.text;
import static app.fiv.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import app.fiv.api.JobSummary;
import app.fiv.demo.DemoCommServe;
import app.fiv.demo.DemoJobs;
import app.fiv.model.FailedItemsTable;
import app.fiv.multijob.ManyJobsTable;
import app.fiv.ui.app.AppContext;
import app.fiv.ui.jobs.JobRow;
import app.fiv.ui.jobs.JobsViewModel;
import app.fiv.ui.tabs.JobTab;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.scene.control.Button;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Open failed items of N jobs: a selection of the jobs view in one tab, against the demo CommServe's history. */
@ExtendWith(ApplicationExtension.class)
class ManyJobsUiTest {
    private static final Instant MORNING = Instant.parse("2026-12-01T06:30:00Z");

    private final TestApp app = new TestApp();
    private DemoCommServe demo;
    private AppContext context;

    @Start
    void start(Stage stage) throws Exception {
        demo = DemoCommServe.builder().clock(Clock.fixed(MORNING, ZoneOffset.UTC)).start();
        context = app.context();
        context.start(stage, false);
    }

    @BeforeEach
    void logIn(FxRobot robot) {
        UiTestSupport.submitLogin(robot, demo);
        waitUntil("the jobs are listed", () -> jobs().rowsProperty().get().size() == 19 && !jobs().busyProperty().get());
    }

    @AfterEach
    void cleanUp() throws Exception {
        app.close();
        demo.close();
    }

    private JobsViewModel jobs() {
        return context.model().jobs();
    }

    private JobTab selectedTab() {
        return context.model().selectedTabProperty().get();
    }

    private static TableView<?> jobsTable(FxRobot robot) {
        return robot.lookup("#jobs-table").queryAs(TableView.class);
    }

    private void waitForManyJobs() {
        waitUntil("the jobs are read", () -> selectedTab() != null && selectedTab().many() != null
                && selectedTab().many().stateProperty().get().complete() && !selectedTab().many().runningProperty().get()
                && !selectedTab().table().workingProperty().get());
    }

    private static List<String> visibleColumns(FxRobot robot) {
        TableView<?> table = robot.lookup("#failed-items-table").queryAs(TableView.class);
        List<String> names = new ArrayList<>();
        for (TableColumn<?, ?> column : table.getVisibleLeafColumns()) {
            names.add(column.getText());
        }
        return names;
    }

    @Test
    void allShownJobsOpenInOneTabWithTheirJobIdClientAndSubclientFirst(FxRobot robot) {
        Button open = robot.lookup("#jobs-open-selected").queryAs(Button.class);
        assertThat(open.isVisible()).as("shown only for several jobs").isFalse();

        robot.clickOn((javafx.scene.Node) robot.lookup("#jobs-table .table-row-cell").nth(0).query());
        robot.press(KeyCode.CONTROL).press(KeyCode.A).release(KeyCode.A).release(KeyCode.CONTROL);
        waitUntil("every job is selected", () -> jobs().selection().rowsProperty().get().size() == 19);
        assertThat(open.isVisible()).isTrue();
        assertThat(open.getText()).isEqualTo("Open failed items of 19 jobs");
        robot.interact(() -> jobsTable(robot).getSelectionModel().clearAndSelect(0));
        robot.interact(() -> jobsTable(robot).getSelectionModel().selectRange(0, 3));
        assertThat(open.getText()).isEqualTo("Open failed items of 3 jobs");
        List<Long> chosen = jobs().selection().rowsProperty().get().stream().map(JobRow::jobId).toList();
        List<Long> shownOrder = jobs().rowsProperty().get().stream().limit(3).map(JobRow::jobId).toList();
        assertThat(chosen).isEqualTo(shownOrder);

        robot.clickOn(open);
        waitForManyJobs();

        JobTab tab = selectedTab();
        assertThat(tab.titleBinding().get()).isEqualTo("3 jobs");
        FailedItemsTable items = tab.table().tableProperty().get();
        assertThat(items.columns().subList(0, 3)).containsExactly(ManyJobsTable.JOB_ID, ManyJobsTable.CLIENT,
                ManyJobsTable.SUBCLIENT);
        assertThat(visibleColumns(robot).subList(0, 3)).containsExactly("Job ID", "Client", "Subclient");
        long expected = jobs().selection().rowsProperty().get().stream().count();
        assertThat(expected).isEqualTo(3);
        Set<String> jobIds = new HashSet<>();
        for (int row = 0; row < items.rowCount(); row++) {
            jobIds.add(items.cell(row, 0));
        }
        assertThat(jobIds).isSubsetOf(chosen.stream().map(String::valueOf).toList()).isNotEmpty();
        assertThat(tab.many().stateProperty().get().parts()).extracting(part -> part.job().jobId())
                .containsExactlyElementsOf(chosen);
        // The path column is still the path (what a double-click copies), not the job ID.
        assertThat(items.columns().get(tab.table().pathColumnProperty().get())).isIn("entity", "Path");
        assertThat(text(robot, "#job-title")).isEqualTo("3 jobs");
        assertThat(text(robot, "#job-details")).contains("Jobs " + chosen.get(0)).contains("3 of 3 jobs read");
        assertThat(robot.lookup("#jobs-failed").tryQuery()).hasValueSatisfying(node -> assertThat(node.getParent().isVisible()).as("no failure line").isFalse());
        assertThat(robot.lookup("#section-details").tryQuery()).as("no details of one job").isEmpty();
    }

    @Test
    void aJobThatCannotBeReadIsNamedAndRetryFetchesOnlyIt(FxRobot robot) {
        List<JobRow> rows = new ArrayList<>(jobs().rowsProperty().get().subList(0, 2));
        rows.add(JobRow.of(missing(DemoJobs.MISSING), ZoneOffset.UTC));
        robot.interact(() -> {
            jobs().select(rows);
            jobs().openSelected();
        });
        waitForManyJobs();

        JobTab tab = selectedTab();
        assertThat(tab.titleBinding().get()).isEqualTo("3 jobs");
        assertThat(text(robot, "#jobs-failed")).isEqualTo("1 of 3 jobs could not be read: 4040 (not found)");
        int rowsBefore = tab.table().totalCountProperty().get();
        assertThat(tab.many().stateProperty().get().parts()).hasSize(2);
        long requestsBefore = demo.requests().size();

        robot.clickOn("#jobs-retry");
        waitForManyJobs();

        List<String> asked = demo.requests().subList((int) requestsBefore, demo.requests().size()).stream()
                .map(request -> request.path()).filter(path -> path.contains("/Job/")).toList();
        assertThat(asked).isNotEmpty().allMatch(path -> path.contains("/Job/4040"));
        assertThat(tab.table().totalCountProperty().get()).as("the rows read stay").isEqualTo(rowsBefore);
        assertThat(text(robot, "#jobs-failed")).isEqualTo("1 of 3 jobs could not be read: 4040 (not found)");
        assertThat(context.model().tabs()).hasSize(1);
    }

    @Test
    void compareWithPreviousRunsComparesEachJobWithItsOwnAndTheFixedFilterShowsTheEarlierJobs(FxRobot robot) {
        List<JobRow> rows = new ArrayList<>();
        for (long subclient : List.of(3011L, 3061L, 3071L)) {
            jobs().rowsProperty().get().stream().filter(row -> row.job().subclientId() == subclient)
                    .findFirst().ifPresent(rows::add);
        }
        assertThat(rows).hasSize(3);
        robot.interact(() -> {
            jobs().select(rows);
            jobs().openSelected();
        });
        waitForManyJobs();
        JobTab tab = selectedTab();
        assertThat(tab.comparison().isOfMany()).isTrue();

        robot.clickOn("#compare-button").clickOn("#compare-previous");

        waitUntil("the comparison shows", () -> text(robot, "#compare-line").contains(" fixed since the previous runs of 3 jobs"),
                () -> text(robot, "#compare-line"));
        assertThat(UiTestSupport.headers(robot).subList(0, 4)).containsExactly("Change", "Job ID", "Client", "Subclient");
        assertThat(robot.lookup("#trend-toggle").match(UiTestSupport::treeVisible).tryQuery()).as("the trend is one job's")
                .isEmpty();
        var compared = tab.comparison().comparedProperty().get();
        assertThat(compared.counts().fixed()).isPositive();
        TableView<?> table = UiTestSupport.table(robot);

        robot.clickOn("#change-fixed");

        waitUntil("only the fixed rows show", () -> table.getItems().size() == compared.counts().fixed(),
                () -> table.getItems().size() + " rows");
        FailedItemsTable shown = tab.table().tableProperty().get();
        int jobId = shown.columnIndex(ManyJobsTable.JOB_ID);
        Set<String> tabJobs = new HashSet<>();
        rows.forEach(row -> tabJobs.add(Long.toString(row.jobId())));
        assertThat(tab.table().rowsProperty().get()).allMatch(row -> shown.cell(row, 0).equals("fixed")
                && !tabJobs.contains(shown.cell(row, jobId)));

        robot.clickOn("#compare-button").clickOn("#compare-stop");
        waitUntil("the jobs' own rows again", () -> !UiTestSupport.headers(robot).contains("Change"));
    }

    private static JobSummary missing(long jobId) {
        return new JobSummary(jobId, "Completed w/ one or more errors", "Backup", "", "", "", 100, Optional.empty(),
                Optional.empty(), 0, 3, 0, "fs-win01", "Users", "", "");
    }
}

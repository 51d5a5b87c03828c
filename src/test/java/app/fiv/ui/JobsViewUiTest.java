package app.fiv.ui;

import static app.fiv.ui.UiTestSupport.text;
import static app.fiv.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import app.fiv.demo.DemoCommServe;
import app.fiv.ui.app.AppContext;
import app.fiv.ui.jobs.JobRow;
import app.fiv.ui.jobs.JobsViewModel;
import app.fiv.ui.tabs.JobTab;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The jobs view in the window, against a demo CommServe whose history ends at a fixed morning. */
@ExtendWith(ApplicationExtension.class)
class JobsViewUiTest {
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
        waitUntil("the jobs are listed", () -> jobs().rowsProperty().get().size() == 19 && !jobs().busyProperty().get(),
                () -> jobs().progressTextProperty().get() + " / " + jobs().rowsProperty().get().size());
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

    private static TableView<?> table(FxRobot robot) {
        return robot.lookup("#jobs-table").queryAs(TableView.class);
    }

    private static void shortcut(FxRobot robot, KeyCode key) {
        robot.press(KeyCode.CONTROL).press(key).release(key).release(KeyCode.CONTROL);
    }

    private static Node row(FxRobot robot, long jobId) {
        return robot.lookup("#jobs-table .table-row-cell")
                .match((TableRow<?> r) -> r.getItem() instanceof JobRow job && job.jobId() == jobId).query();
    }

    private long jobListRequests() {
        return demo.requests().stream().filter(r -> r.path().endsWith("/Job")).count();
    }

    private void waitForJob(long jobId) {
        waitUntil("job " + jobId + " is shown", () -> selectedTab() != null && selectedTab().jobId() == jobId
                && !context.model().busyBinding().get() && !selectedTab().table().workingProperty().get());
    }

    @Test
    void theFirstTabListsTheLastDaysBackupJobsWithFailuresNewestEndFirst(FxRobot robot) {
        TabPane tabs = robot.lookup("#job-tabs").queryAs(TabPane.class);

        assertThat(tabs.getTabs()).extracting(t -> t.getText()).containsExactly("Jobs");
        assertThat(tabs.getTabs().get(0).isClosable()).isFalse();
        assertThat(robot.lookup("#jobs-lookback").queryAs(ComboBox.class).getEditor().getText()).isEqualTo("Last 24 hours");
        assertThat(robot.lookup("#jobs-failures-only").queryAs(CheckBox.class).isSelected()).isTrue();
        assertThat(robot.lookup("#jobs-backups-only").queryAs(ToggleButton.class).isSelected()).isTrue();
        assertThat(text(robot, "#row-count")).isEqualTo("19 jobs with failures of 117");
        assertThat(table(robot).getItems()).hasSize(19);
        assertThat(((JobRow) table(robot).getItems().get(0)).jobId()).isEqualTo(41782L);
        assertThat(table(robot).getSortOrder()).extracting(c -> c.getText()).containsExactly("End");
        assertThat(text(robot, "#jobs-listed")).contains("117 jobs finished in the last 24 hours");
        assertThat(row(robot, 41768).lookup(".status-icon").getStyleClass()).contains("job-status-failed");
        assertThat(row(robot, 41746).lookup(".status-icon").getStyleClass()).contains("job-status-errors");
    }

    @Test
    void ctrlJShowsTheJobsAndPutsTheKeyboardInTheListWhereEnterOpensAJob(FxRobot robot) {
        robot.doubleClickOn(row(robot, 41746));
        waitForJob(41746);
        assertThat(selectedTab().titleBinding().get()).isEqualTo("Job 41746 · fs-win02");
        assertThat(selectedTab().table().totalCountProperty().get()).isEqualTo(3);

        shortcut(robot, KeyCode.J);
        waitUntil("the jobs view is in front", () -> selectedTab() == null);
        assertThat(table(robot).isFocused()).as("the list has the keyboard").isTrue();
        assertThat(text(robot, "#row-count")).isEqualTo("19 jobs with failures of 117");

        robot.interact(() -> table(robot).getSelectionModel().select(3));
        assertThat(((JobRow) table(robot).getSelectionModel().getSelectedItem()).jobId()).isEqualTo(41768L);
        assertThat(text(robot, "#jobs-selected")).contains("Job 41768").contains("Login failed");
        robot.type(KeyCode.ENTER);
        waitForJob(41768);
        assertThat(selectedTab().table().totalCountProperty().get()).isZero();

        shortcut(robot, KeyCode.J);
        robot.interact(() -> table(robot).getSelectionModel().select(6));
        robot.type(KeyCode.ENTER);
        waitUntil("an open job's tab comes back", () -> selectedTab() != null && selectedTab().jobId() == 41746);
        assertThat(context.model().tabs()).hasSize(2);
    }

    @Test
    void f5ListsTheJobsAgainWhileTheyAreShownAndFetchesTheJobInAJobTab(FxRobot robot) {
        long listed = jobListRequests();

        robot.clickOn(row(robot, 41782));
        robot.type(KeyCode.F5);
        waitUntil("listed again", () -> jobListRequests() == listed + 2 && !jobs().busyProperty().get());
        assertThat(table(robot).getItems()).hasSize(19);
        assertThat(((JobRow) table(robot).getSelectionModel().getSelectedItem()).jobId()).as("the selection stays")
                .isEqualTo(41782L);

        robot.type(KeyCode.ENTER);
        waitForJob(41782);
        long items = demo.requests().stream().filter(r -> r.path().endsWith("/41782/FailedItems")).count();
        robot.type(KeyCode.F5);
        waitUntil("the job is fetched again", () -> demo.requests().stream()
                .filter(r -> r.path().endsWith("/41782/FailedItems")).count() == items + 1);
        assertThat(jobListRequests()).isEqualTo(listed + 2);
    }

    @Test
    void theChoicesChangeWhatIsListedAndShown(FxRobot robot) {
        robot.clickOn("#jobs-failures-only");
        waitUntil("every job shows", () -> text(robot, "#row-count").equals("117 jobs"));

        robot.clickOn("#jobs-all-types");
        waitUntil("every type is listed", () -> text(robot, "#row-count").equals("119 jobs"));
        assertThat(demo.requests()).anyMatch(r -> r.path().endsWith("/Job") && r.query().contains("&jobFilter=&"));

        robot.clickOn("#jobs-lookback");
        shortcut(robot, KeyCode.A);
        robot.write("3 days").type(KeyCode.ENTER);
        waitUntil("three days are listed", () -> demo.requests().stream()
                .anyMatch(r -> r.query().startsWith("completedJobLookupTime=259200&")) && !jobs().busyProperty().get(),
                () -> "editor \"" + robot.lookup("#jobs-lookback").queryAs(ComboBox.class).getEditor().getText()
                        + "\", lookback " + jobs().filters().lookbackProperty().get());
        assertThat(robot.lookup("#jobs-lookback").queryAs(ComboBox.class).getEditor().getText()).isEqualTo("Last 3 days");

        robot.interact(() -> robot.lookup("#jobs-client").queryAs(ComboBox.class).setValue("fs-win02"));
        shortcut(robot, KeyCode.F);
        robot.write("restore");
        waitUntil("one client's restores", () -> table(robot).getItems().size() >= 1
                && table(robot).getItems().stream().allMatch(r -> ((JobRow) r).client().equals("fs-win02")
                        && ((JobRow) r).job().jobType().equals("Restore")));
        assertThat(robot.lookup("#jobs-filter").query().isFocused()).isTrue();
        robot.type(KeyCode.ESCAPE);
        waitUntil("Esc clears the filter", () -> table(robot).getItems().stream().anyMatch(r -> ((JobRow) r).job().jobType().equals("Backup")));
    }

    @Test
    void aListingThatFailsKeepsTheListAndSaysWhy(FxRobot robot) {
        demo.close();

        robot.clickOn("#jobs-refresh");

        waitUntil("the error shows", () -> text(robot, "#error-message").startsWith("The jobs could not be listed: "));
        assertThat(text(robot, "#error-message")).contains("127.0.0.1:");
        assertThat(table(robot).getItems()).hasSize(19);
        assertThat(text(robot, "#row-count")).isEqualTo("19 jobs with failures of 117");
        assertThat(UiTestSupport.treeVisible(robot.lookup("#jobs-progress-text").query())).isFalse();
    }
}

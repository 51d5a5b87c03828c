package app.fiv.ui;

import static app.fiv.ui.UiTestSupport.shown;
import static app.fiv.ui.UiTestSupport.text;
import static app.fiv.ui.UiTestSupport.typeJobId;
import static app.fiv.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import app.fiv.api.Session;
import app.fiv.compare.ComparedTable;
import app.fiv.demo.DemoCommServe;
import app.fiv.joblist.Lookback;
import app.fiv.model.FailedItemsTable;
import app.fiv.testing.DemoJobLists;
import app.fiv.ui.app.AppContext;
import app.fiv.ui.compare.CountsLine;
import app.fiv.ui.tabs.JobTab;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.ZoneId;
import java.util.List;
import javafx.scene.Node;
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

/** Comparing a job with its previous run in the real window: the counts line, the change filter, the trend. */
@ExtendWith(ApplicationExtension.class)
class CompareUiTest {
    private static DemoCommServe demo;
    private final TestApp app = new TestApp();
    private AppContext context;

    @BeforeAll
    static void startServer() throws Exception {
        demo = DemoCommServe.start();
    }

    @AfterAll
    static void stopServer() {
        demo.close();
    }

    @Start
    void start(Stage stage) {
        context = app.context();
        context.start(stage, false);
    }

    @AfterEach
    void cleanUp() throws Exception {
        app.close();
    }

    /** Logs in and lists the fs-win01 / Users runs, newest first. */
    private List<JsonNode> logInAndListUsersRuns(FxRobot robot) {
        UiTestSupport.submitLogin(robot, demo);
        waitUntil("logged in", () -> context.model().session().sessionProperty().get() != null);
        Session session = context.model().session().sessionProperty().get();
        return DemoJobLists.list(session, "completedJobLookupTime=1296000&jobCategory=Finished&clientId="
                + DemoJobLists.FS_WIN01).stream()
                .filter(job -> job.path("subclient").path("subclientId").asInt() == DemoJobLists.FS_WIN01_USERS).toList();
    }

    private JobTab open(FxRobot robot, long jobId) {
        typeJobId(robot, jobId);
        waitUntil("job " + jobId + " is open", () -> selected() != null && selected().jobId() == jobId
                && !context.model().busyBinding().get() && selected().jobProperty().get().complete());
        return selected();
    }

    private JobTab selected() {
        return context.model().selectedTabProperty().get();
    }

    private static long id(JsonNode job) {
        return job.path("jobId").asLong();
    }

    @Test
    void ctrlShiftPComparesWithThePreviousRunAndTheChangeFilterNarrowsTheTable(FxRobot robot) {
        List<JsonNode> runs = logInAndListUsersRuns(robot);
        JobTab tab = open(robot, id(runs.get(0)));

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.P).release(KeyCode.P, KeyCode.SHIFT, KeyCode.CONTROL);

        waitUntil("the comparison shows", () -> text(robot, "#compare-line").contains(" fixed since job " + id(runs.get(1))),
                () -> text(robot, "#compare-line"));
        ComparedTable compared = tab.comparison().comparedProperty().get();
        assertThat(text(robot, "#compare-line")).isEqualTo(CountsLine.of(compared.counts(),
                tab.comparison().earlierJobProperty().get(), ZoneId.systemDefault(), -1));
        TableView<?> table = UiTestSupport.table(robot);
        assertThat(UiTestSupport.headers(robot).get(0)).isEqualTo("Change");
        waitUntil("every compared row is listed", () -> table.getItems().size() == compared.counts().rows());
        assertThat(text(robot, "#change-new")).isEqualTo("New " + compared.counts().added());

        robot.clickOn("#change-new");

        waitUntil("only the new rows show", () -> table.getItems().size() == compared.counts().added(),
                () -> table.getItems().size() + " rows");
        FailedItemsTable shown = tab.table().tableProperty().get();
        assertThat(tab.table().rowsProperty().get()).allMatch(row -> shown.cell(row, 0).equals("new"));
        UiTestSupport.assertShown(robot, "new");
        assertThat(UiTestSupport.shownCells(robot)).doesNotContain("fixed", "still failing");

        robot.clickOn("#change-all");
        waitUntil("all rows again", () -> table.getItems().size() == compared.counts().rows());
    }

    @Test
    void theFirstRunOfASubclientSaysItHasNoPreviousRun(FxRobot robot) {
        List<JsonNode> runs = logInAndListUsersRuns(robot);
        JobTab tab = open(robot, id(runs.get(runs.size() - 1)));
        int rows = UiTestSupport.table(robot).getItems().size();

        robot.clickOn("#compare-button").clickOn("#compare-previous");

        waitUntil("the tab says so", () -> text(robot, "#compare-line").startsWith("No previous run of job " + tab.jobId()),
                () -> text(robot, "#compare-line"));
        assertThat(UiTestSupport.headers(robot)).doesNotContain("Change");
        assertThat(UiTestSupport.table(robot).getItems()).hasSize(rows);
        assertThat(robot.lookup("#change-new").match(UiTestSupport::treeVisible).tryQuery()).isEmpty();
    }

    @Test
    void aClickOnABarOfTheTrendComparesWithThatRun(FxRobot robot) {
        List<JsonNode> runs = logInAndListUsersRuns(robot);
        // A week of runs in the chart: the jobs view looks back 7 days.
        robot.interact(() -> context.model().jobs().filters().lookbackProperty().set(Lookback.parse("7d")));
        JobTab tab = open(robot, id(runs.get(0)));
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.P).release(KeyCode.P, KeyCode.SHIFT, KeyCode.CONTROL);
        long older = id(runs.get(3));
        waitUntil("the trend shows the older run", () -> robot.lookup("#trend-bar-" + older).tryQuery().isPresent());
        Node current = robot.lookup("#trend-bar-" + tab.jobId()).query();
        Node previous = robot.lookup("#trend-bar-" + id(runs.get(1))).query();
        assertThat(current.getStyleClass()).contains("trend-current");
        assertThat(previous.getStyleClass()).contains("trend-compared");
        assertThat(tab.trend().runsProperty().get()).hasSizeGreaterThanOrEqualTo(7);

        robot.clickOn("#trend-bar-" + older);

        waitUntil("compared with the run clicked", () -> text(robot, "#compare-line").contains("since job " + older),
                () -> text(robot, "#compare-line"));
        assertThat(tab.comparison().earlierJobProperty().get().jobId()).isEqualTo(older);
        waitUntil("the bars marked again", () -> robot.lookup("#trend-bar-" + older).query().getStyleClass()
                .contains("trend-compared"));
        assertThat(robot.lookup("#trend-bar-" + id(runs.get(1))).query().getStyleClass()).doesNotContain("trend-compared");
        assertThat(shown(robot, "#trend-note", javafx.scene.control.Label.class).getText())
                .contains("runs of fs-win01 / Users in the last 7 days");
    }
}

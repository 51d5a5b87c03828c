package app.fiv.ui;

import static app.fiv.ui.UiTestSupport.table;
import static app.fiv.ui.UiTestSupport.text;
import static app.fiv.ui.UiTestSupport.typeJobId;
import static app.fiv.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import app.fiv.demo.DemoJobs;
import app.fiv.ui.app.AppContext;
import app.fiv.ui.common.FakeClipboard;
import app.fiv.ui.common.FakeDialogs;
import app.fiv.ui.tabs.JobTab;
import app.fiv.ui.theme.Theme;
import javafx.application.Application;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A slow download (demo job 1014: 3,000 rows trickling out over about three seconds) shows its
 * rows while it runs, and cancelling it mid-way leaves the other tabs as they were.
 */
@ExtendWith(ApplicationExtension.class)
class ProgressiveLoadUiTest {
    private final TestApp app = new TestApp();
    private AppContext context;

    @Start
    void start(Stage stage) throws Exception {
        context = app.context().withClipboard(new FakeClipboard()).withDialogs(new FakeDialogs());
        context.start(stage, true);
    }

    @AfterEach
    void cleanUp() throws Exception {
        app.close();
        Application.setUserAgentStylesheet(Theme.LIGHT.stylesheet().orElseThrow());
    }

    private void type(FxRobot robot, long jobId) {
        typeJobId(robot, jobId);
    }

    private JobTab selected() {
        return context.model().selectedTabProperty().get();
    }

    private boolean busy() {
        return context.model().busyBinding().get();
    }

    @Test
    void rowsShowWhileTheDownloadRuns(FxRobot robot) {
        type(robot, DemoJobs.SLOW);
        waitUntil("the first rows show", () -> selected() != null && selected().jobId() == DemoJobs.SLOW
                && !table(robot).getItems().isEmpty());
        assertThat(busy()).as("the download still runs").isTrue();
        int early = table(robot).getItems().size();
        assertThat(early).isLessThan(DemoJobs.SLOW_ITEMS);
        assertThat(text(robot, "#status-message")).contains("rows").contains("B");

        waitUntil("all rows", () -> !busy() && table(robot).getItems().size() == DemoJobs.SLOW_ITEMS);
        assertThat(text(robot, "#row-count")).isEqualTo("3,000 rows");
        assertThat(text(robot, "#status-message")).startsWith("Fetched 3,000 failed items");

        // A message far wider than the window is cut; the count beside it is not.
        robot.interact(() -> context.model().messages().status("A long message. ".repeat(40)));
        robot.interact(() -> { });
        Labeled count = robot.lookup("#row-count").queryAs(Labeled.class);
        assertThat(count.lookup(".text")).as("the count's drawn text")
                .isInstanceOfSatisfying(Text.class, drawn -> assertThat(drawn.getText()).isEqualTo("3,000 rows"));
    }

    @Test
    void cancelMidDownloadKeepsTheOtherTabsAndTheAppUsable(FxRobot robot) {
        type(robot, DemoJobs.LIST_SAMPLE);
        waitUntil("job 1001 is shown", () -> selected() != null && selected().jobId() == DemoJobs.LIST_SAMPLE && !busy());
        JobTab first = selected();
        int firstRows = first.jobProperty().get().items().rowCount();

        type(robot, DemoJobs.SLOW);
        waitUntil("the slow job's first rows", () -> selected() != first && selected() != null
                && selected().jobProperty().get().items().rowCount() > 0);
        assertThat(busy()).isTrue();
        robot.clickOn("#cancel-fetch");
        waitUntil("cancelled", () -> !busy());

        assertThat(text(robot, "#status-message")).contains("cancelled");
        assertThat(context.model().tabs()).containsExactly(first);
        assertThat(selected()).isSameAs(first);
        assertThat(first.jobProperty().get().items().rowCount()).isEqualTo(firstRows);
        assertThat(table(robot).getItems()).hasSize(firstRows);

        type(robot, DemoJobs.CSV_SAMPLE);
        waitUntil("another job still loads", () -> selected() != null && selected().jobId() == DemoJobs.CSV_SAMPLE && !busy());
        assertThat(context.model().tabs()).hasSize(2);
    }

    @Test
    void cancelledRefreshKeepsTheTabsRows(FxRobot robot) {
        type(robot, DemoJobs.SLOW);
        waitUntil("the slow job is in", () -> !busy() && selected() != null
                && selected().jobProperty().get().items().rowCount() == DemoJobs.SLOW_ITEMS);
        JobTab tab = selected();
        robot.type(KeyCode.F5);
        waitUntil("refreshing", this::busy);
        robot.sleep(500);
        robot.clickOn("#cancel-fetch");
        waitUntil("cancelled", () -> !busy());
        assertThat(context.model().tabs()).containsExactly(tab);
        assertThat(tab.jobProperty().get().items().rowCount()).isEqualTo(DemoJobs.SLOW_ITEMS);
        assertThat(table(robot).getItems()).hasSize(DemoJobs.SLOW_ITEMS);
    }
}

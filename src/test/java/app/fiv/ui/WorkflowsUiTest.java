package app.fiv.ui;

import static app.fiv.ui.UiTestSupport.shown;
import static app.fiv.ui.UiTestSupport.table;
import static app.fiv.ui.UiTestSupport.text;
import static app.fiv.ui.UiTestSupport.typeJobId;
import static app.fiv.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import app.fiv.demo.DemoJobs;
import app.fiv.model.ReasonCount;
import app.fiv.model.Shape;
import app.fiv.settings.AppSettings;
import app.fiv.ui.app.AppContext;
import app.fiv.ui.common.FakeClipboard;
import app.fiv.ui.common.FakeDialogs;
import app.fiv.ui.table.ColumnLayouts;
import app.fiv.ui.tabs.JobTab;
import app.fiv.ui.theme.Theme;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The admin's daily workflows on a job's table, driven through the window against the demo server. */
@ExtendWith(ApplicationExtension.class)
class WorkflowsUiTest {
    private static final String FIRST_PATH_1001 = "C:\\Users\\Administrator\\Desktop\\BackupFolder\\RestrictedFolder\\1.txt";

    private final FakeClipboard clipboard = new FakeClipboard();
    private final FakeDialogs dialogs = new FakeDialogs();
    private final TestApp app = new TestApp();
    private AppContext context;

    @TempDir
    Path folder;

    @Start
    void start(Stage stage) throws Exception {
        context = app.context().withClipboard(clipboard).withDialogs(dialogs);
        context.start(stage, true);
    }

    @AfterEach
    void cleanUp() throws Exception {
        app.close();
        Application.setUserAgentStylesheet(Theme.LIGHT.stylesheet().orElseThrow());
    }

    private void fetch(FxRobot robot, long jobId) {
        typeJobId(robot, jobId);
        // Rows show while they download: wait for the whole job, not its first rows.
        waitUntil("job " + jobId + " is shown", () -> selected() != null && selected().jobId() == jobId
                && (context.model().messages().statusProperty().get().startsWith("Fetched ")
                        || context.model().messages().statusProperty().get().contains("already open"))
                && !context.model().busyBinding().get() && !selected().table().workingProperty().get());
    }

    private JobTab selected() {
        return context.model().selectedTabProperty().get();
    }

    private void shortcut(FxRobot robot, KeyCode... keys) {
        robot.press(KeyCode.CONTROL).press(keys).release(keys).release(KeyCode.CONTROL);
    }

    private Node row(FxRobot robot, int index) {
        return robot.lookup("#failed-items-table .table-row-cell").match(UiTestSupport::treeVisible)
                .match((TableRow<?> r) -> r.getIndex() == index).query();
    }

    /** An item of the open menu (menu items are not nodes; their labels are). */
    private Node menuItem(FxRobot robot, String text) {
        return robot.lookup(".context-menu .label").match((Labeled label) -> text.equals(label.getText())).query();
    }

    @Test
    void altAndAMenuLetterOpensThatMenuAndTheFieldsHaveLettersOfTheirOwn(FxRobot robot) {
        fetch(robot, DemoJobs.LIST_SAMPLE);
        Node jobIdField = robot.lookup("#job-id").query();
        Node filterField = robot.lookup("#quick-filter").match(UiTestSupport::treeVisible).query();

        for (String menu : List.of("Job", "File")) {
            robot.interact(() -> filterField.requestFocus());
            KeyCode letter = KeyCode.getKeyCode(menu.substring(0, 1));
            robot.press(KeyCode.ALT).press(letter).release(letter).release(KeyCode.ALT);
            waitUntil("Alt+" + letter + " opens the " + menu + " menu", () -> robot.lookup(".menu-bar .menu")
                    .match((javafx.scene.control.MenuButton m) -> menu.equals(m.getText().replace("_", "")) && m.isShowing()).tryQuery().isPresent());
            robot.type(KeyCode.ESCAPE);
            robot.type(KeyCode.ESCAPE);
        }

        robot.interact(() -> filterField.requestFocus());
        robot.press(KeyCode.ALT).press(KeyCode.I).release(KeyCode.I).release(KeyCode.ALT);
        waitUntil("Alt+I goes to the Job ID field", jobIdField::isFocused);
        robot.press(KeyCode.ALT).press(KeyCode.T).release(KeyCode.T).release(KeyCode.ALT);
        waitUntil("Alt+T goes to the rows' filter", filterField::isFocused);
    }

    @Test
    void doubleClickEnterAndCtrlCCopyPathsAndRows(FxRobot robot) {
        fetch(robot, DemoJobs.LIST_SAMPLE);

        robot.doubleClickOn(row(robot, 1));
        waitUntil("the path is copied", () -> clipboard.text().equals(FIRST_PATH_1001));
        assertThat(text(robot, "#status-message")).isEqualTo("Copied path: " + FIRST_PATH_1001);

        robot.type(KeyCode.UP).type(KeyCode.ENTER);
        waitUntil("Enter copies the focused row's path", () -> clipboard.text().equals("C:\\Users\\Administrator\\Desktop\\BackupFolder\\RestrictedFolder\\"));

        shortcut(robot, KeyCode.A);
        shortcut(robot, KeyCode.C);
        waitUntil("the rows are copied", () -> clipboard.text().startsWith("failureReason\tentity"));
        assertThat(clipboard.text().split("\r\n")).containsExactly("failureReason\tentity",
                "Access is denied.\tC:\\Users\\Administrator\\Desktop\\BackupFolder\\RestrictedFolder\\",
                "Access is denied.\t" + FIRST_PATH_1001);
        assertThat(text(robot, "#status-message")).isEqualTo("Copied 2 rows with 2 columns as tab-separated text.");

        // Monocle makes no context-menu request of a right-click, so the test opens the row menu itself.
        robot.clickOn(row(robot, 0).lookup(".table-cell"));
        robot.interact(() -> table(robot).getContextMenu().show(table(robot), javafx.geometry.Side.BOTTOM, 0, -200));
        robot.clickOn(menuItem(robot, "Copy cell"));
        waitUntil("the cell is copied", () -> clipboard.text().equals("Access is denied."));
    }

    @Test
    void rowsHaveOneFixedHeightSoOnlyTheColumnsInViewAreLaidOut(FxRobot robot) {
        fetch(robot, DemoJobs.LINUX_SERVER);

        double fixed = table(robot).getFixedCellSize();
        assertThat(fixed).as("the theme's dense row height, from app.css").isBetween(20.0, 40.0);
        assertThat(((TableRow<?>) row(robot, 0)).getHeight()).isEqualTo(fixed);
    }

    @Test
    void exportWritesTheShownRowsAndAFailureLeavesTheFileAlone(FxRobot robot) throws Exception {
        fetch(robot, DemoJobs.LINUX_SERVER);
        shortcut(robot, KeyCode.F);
        robot.write("denied");
        waitUntil("the filter applies", () -> text(robot, "#row-count").contains(" / 150 rows"));
        int shownRows = selected().table().shownCountProperty().get();
        Path target = folder.resolve("linux.csv");
        dialogs.answer(target);

        shortcut(robot, KeyCode.E);

        waitUntil("the file is written", () -> text(robot, "#status-message").startsWith("Exported"));
        assertThat(dialogs.asked()).singleElement().extracting(FakeDialogs.Asked::proposedName)
                .isEqualTo("job-1003-failed-items.csv");
        List<String> lines = Files.readAllLines(target, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo("failureReason,entity");
        assertThat(lines).hasSize(shownRows + 1);
        assertThat(lines.subList(1, lines.size())).allMatch(line -> line.toLowerCase().contains("denied"));

        Files.writeString(folder.resolve("keep.csv"), "precious");
        dialogs.answer(folder.resolve("no-such-folder").resolve("keep.csv"));
        shortcut(robot, KeyCode.E);
        waitUntil("the failure shows", () -> !text(robot, "#error-message").isEmpty());
        assertThat(text(robot, "#error-message")).contains("the folder does not exist");
        assertThat(Files.readString(folder.resolve("keep.csv"))).isEqualTo("precious");
    }

    @Test
    void quickFilterAndReasonsPanelCompose(FxRobot robot) {
        fetch(robot, DemoJobs.LARGE_FILE_SERVER);
        assertThat(text(robot, "#row-count")).isEqualTo("50,000 rows");

        ListView<?> reasons = shown(robot, "#reasons-list", ListView.class);
        waitUntil("the reasons are counted", () -> reasons.getItems().size() == 20);
        assertThat(reasons.getItems().get(0).toString()).contains("Access is denied.");
        robot.clickOn(robot.lookup("#reasons-list .list-cell").match(UiTestSupport::treeVisible).queryLabeled());
        int denied = ((ReasonCount) reasons.getItems().get(0)).count();
        assertThat(denied).isBetween(10_000, 30_000);
        waitUntil("only that reason", () -> selected().table().shownCountProperty().get() == denied
                && !selected().table().workingProperty().get());
        assertThat(table(robot).getItems().stream().limit(50).map(r -> selected().jobProperty().get().items().cell((Integer) r, 0)))
                .containsOnly("Access is denied.");

        // Off the reasons list, or its tooltip pops up and (under Monocle) takes the keys typed next.
        robot.moveTo("#job-tabs");
        shortcut(robot, KeyCode.F);
        robot.write("dwg");
        waitUntil("both filters apply", () -> !selected().table().workingProperty().get()
                && selected().table().shownCountProperty().get() < denied);
        assertThat(text(robot, "#row-count")).endsWith(" / 50,000 rows");
        assertThat(table(robot).getItems().stream().limit(50).map(r -> selected().jobProperty().get().items().cell((Integer) r, 1)))
                .allMatch(path -> path.toLowerCase().contains("dwg"));

        assertThat(robot.lookup("#quick-filter").query().isFocused()).as("the filter field has the keyboard").isTrue();
        robot.type(KeyCode.ESCAPE);
        waitUntil("Esc clears the text", () -> selected().table().shownCountProperty().get() == denied,
                () -> "filter \"" + selected().table().filterTextProperty().get() + "\", reason "
                        + selected().table().reasonFilterProperty().get() + ", shown "
                        + selected().table().shownCountProperty().get() + " of " + denied + " expected, working "
                        + selected().table().workingProperty().get());
        robot.clickOn("#reason-chip");
        waitUntil("all rows again", () -> text(robot, "#row-count").equals("50,000 rows"));
    }

    @Test
    void eachJobHasATabAndAFailedFetchKeepsIt(FxRobot robot) {
        fetch(robot, DemoJobs.LIST_SAMPLE);
        fetch(robot, DemoJobs.EXCHANGE_MAILBOXES);
        TabPane tabs = robot.lookup("#job-tabs").queryAs(TabPane.class);
        // The jobs view is the first tab; the jobs follow it.
        assertThat(tabs.getTabs()).extracting(t -> t.getText()).hasSize(3).first().isEqualTo("Jobs");
        assertThat(tabs.getTabs().subList(1, 3)).extracting(t -> t.getText())
                .allMatch(title -> title.matches("Job 100[16] · .+"));
        assertThat(tabs.getTabs().get(2).getText()).isEqualTo("Job 1006 · exchange-online");

        fetch(robot, DemoJobs.LIST_SAMPLE);
        assertThat(tabs.getTabs()).hasSize(3);
        assertThat(tabs.getSelectionModel().getSelectedIndex()).isEqualTo(1);
        assertThat(text(robot, "#status-message")).contains("already open").contains("F5");

        robot.type(KeyCode.F5);
        waitUntil("refreshed", () -> text(robot, "#status-message").startsWith("Fetched 2 failed items of job 1001"));

        robot.clickOn("#job-id").eraseText(12).write(Long.toString(DemoJobs.SERVER_ERROR_500)).type(KeyCode.ENTER);
        waitUntil("the error shows", () -> text(robot, "#error-message").contains("500"));
        assertThat(tabs.getTabs()).hasSize(3);
        assertThat(table(robot).getItems()).hasSize(2);

        shortcut(robot, KeyCode.W);
        assertThat(tabs.getTabs()).extracting(t -> t.getText()).containsExactly("Jobs", "Job 1006 · exchange-online");
    }

    @Test
    void hiddenColumnsAreLeftOutOfCopiesAndRemembered(FxRobot robot) {
        fetch(robot, DemoJobs.EXCHANGE_MAILBOXES);
        robot.clickOn("#column-chooser");
        robot.clickOn(menuItem(robot, "GUID"));
        robot.clickOn("#column-chooser");
        robot.clickOn(menuItem(robot, "Item Type"));
        waitUntil("two columns hidden", () -> table(robot).getVisibleLeafColumns().size() == 5);

        robot.clickOn(row(robot, 0));
        shortcut(robot, KeyCode.C);
        waitUntil("the row is copied", () -> clipboard.text().startsWith("Item Name\t"));
        assertThat(clipboard.text().split("\r\n")[0]).isEqualTo("Item Name\tMailbox\tPath\tStatus\tReason");
        waitUntil("the layout is remembered", () -> new ColumnLayouts(new AppSettings(app.preferences))
                .load(Shape.CSV).hidden().equals(java.util.Set.of("GUID", "Item Type")));
    }

    @Test
    void theDarkThemeIsChosenFromTheViewMenuAndRemembered(FxRobot robot) {
        robot.clickOn("View");
        robot.clickOn("Dark theme");

        assertThat(Application.getUserAgentStylesheet()).endsWith("primer-dark.css");
        assertThat(new AppSettings(app.preferences).get("theme")).contains("DARK");
    }

    @Test
    void recentJobIdsAreOfferedAndShortcutsMoveTheFocus(FxRobot robot) {
        fetch(robot, DemoJobs.LIST_SAMPLE);
        fetch(robot, DemoJobs.LINUX_SERVER);

        shortcut(robot, KeyCode.F);
        assertThat(robot.lookup("#quick-filter").match(UiTestSupport::treeVisible).queryAs(TextField.class).isFocused()).isTrue();
        shortcut(robot, KeyCode.L);
        assertThat(robot.lookup("#job-id").queryAs(TextField.class).isFocused()).isTrue();
        robot.write("10");
        waitUntil("suggestions appear", () -> robot.lookup(".auto-complete-popup .list-cell").tryQuery().isPresent());
        List<String> offered = robot.lookup(".auto-complete-popup .list-cell").queryAllAs(Labeled.class)
                .stream().map(Labeled::getText).filter(t -> t != null).toList();
        assertThat(offered).containsExactly("1003", "1001");
    }
}

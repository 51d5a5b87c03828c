package app.fiv.ui;

import static app.fiv.ui.UiTestSupport.headers;
import static app.fiv.ui.UiTestSupport.shown;
import static app.fiv.ui.UiTestSupport.shownCells;
import static app.fiv.ui.UiTestSupport.table;
import static app.fiv.ui.UiTestSupport.text;
import static app.fiv.ui.UiTestSupport.typeJobId;
import static app.fiv.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import app.fiv.demo.DemoCommServe;
import app.fiv.demo.DemoJobs;
import app.fiv.known.KnownRule;
import app.fiv.known.RuleStore;
import app.fiv.known.RulesFile;
import app.fiv.ui.app.AppContext;
import app.fiv.ui.common.FakeDialogs;
import app.fiv.ui.tabs.JobTab;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Known failures and saved answers through the real window and dialogs, against the demo server over HTTP. */
@ExtendWith(ApplicationExtension.class)
class KnownFailuresUiTest {
    private static final String FILE_1001 = "C:\\Users\\Administrator\\Desktop\\BackupFolder\\RestrictedFolder\\1.txt";
    private static DemoCommServe demo;
    private final TestApp app = new TestApp();
    private final FakeDialogs dialogs = new FakeDialogs();
    private AppContext context;

    @TempDir
    Path folder;

    @BeforeAll
    static void startDemo() throws Exception {
        demo = DemoCommServe.start();
    }

    @AfterAll
    static void stopDemo() {
        demo.close();
    }

    @Start
    void start(Stage stage) {
        // The rule dialog and the rules dialog are under test; only the file choosers are fakes.
        context = app.context().withDialogs(dialogs);
        context.start(stage, false);
    }

    @AfterEach
    void cleanUp() throws Exception {
        app.close();
    }

    private JobTab selected() {
        return context.model().selectedTabProperty().get();
    }

    private void open(FxRobot robot, long jobId) {
        UiTestSupport.submitLogin(robot, demo);
        typeJobId(robot, jobId);
        waitUntil("job " + jobId + " is shown", () -> selected() != null && selected().jobId() == jobId
                && text(robot, "#status-message").startsWith("Fetched ") && !selected().table().workingProperty().get());
    }

    private Node row(FxRobot robot, int index) {
        return robot.lookup("#failed-items-table .table-row-cell").match(UiTestSupport::treeVisible)
                .match((TableRow<?> r) -> r.getIndex() == index).query();
    }

    private Node menuItem(FxRobot robot, String text) {
        return robot.lookup(".context-menu .label").match((Labeled label) -> text.equals(label.getText())).query();
    }

    private TextField field(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(TextField.class);
    }

    private Path rulesFile() {
        return new RuleStore(app.config).fileOf(demo.webServiceUrl().toString());
    }

    @Test
    void aRowMarkedAsKnownShowsItsNoteFirstAndHideKnownDropsIt(FxRobot robot) throws Exception {
        open(robot, DemoJobs.LIST_SAMPLE);
        assertThat(headers(robot)).containsExactly("failureReason", "entity");
        assertThat(robot.lookup("#hide-known").match(UiTestSupport::treeVisible).tryQuery())
                .as("no Known column, nothing to hide").isEmpty();

        robot.clickOn(row(robot, 1).lookup(".table-cell"));
        robot.press(KeyCode.SHIFT, KeyCode.F10).release(KeyCode.F10, KeyCode.SHIFT);
        waitUntil("Shift+F10 opens the row menu", () -> table(robot).getContextMenu().isShowing());
        robot.clickOn(menuItem(robot, "Mark as known…"));

        waitUntil("the rule dialog opens", () -> robot.lookup("#known-rule-dialog").tryQuery().isPresent());
        DialogPane dialog = robot.lookup("#known-rule-dialog").queryAs(DialogPane.class);
        assertThat(dialog.getHeaderText()).startsWith("From 1 selected row of job 1001.");
        assertThat(field(robot, "#known-reason").getText()).isEqualTo("Access is denied.");
        assertThat(field(robot, "#known-path").getText()).isEqualTo(FILE_1001);
        assertThat(robot.lookup("#known-only-client").queryAs(CheckBox.class).isSelected()).isTrue();
        assertThat(field(robot, "#known-client").getText()).isEqualTo("fileserver01");

        Labeled problem = robot.lookup("#known-problem").queryAs(Labeled.class);
        assertThat(problem.getText()).isEmpty();
        assertThat(problem.getHeight()).as("the problem's line is there before it is needed: the dialog does not grow")
                .isPositive();
        double paneHeight = dialog.getHeight();
        robot.clickOn("#known-path").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .type(KeyCode.BACK_SPACE);
        robot.clickOn("#known-reason").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .type(KeyCode.BACK_SPACE);
        assertThat(robot.lookup("#known-save").queryButton().isDisabled()).as("a rule of nothing").isTrue();
        assertThat(problem.getText()).isEqualTo("Give a reason, a path pattern, or both.");
        assertThat(dialog.getHeight()).isEqualTo(paneHeight);
        assertThat(robot.lookup("#known-rule-dialog .field-note").queryAllAs(Labeled.class))
                .as("no note squeezed into an ellipsis").allSatisfy(note -> assertThat(note.getHeight())
                        .isGreaterThanOrEqualTo(note.prefHeight(note.getWidth()) - 0.5));
        robot.clickOn("#known-path").write(FILE_1001);
        robot.clickOn("#known-note").write("Test folder, restricted on purpose");
        robot.clickOn("#known-save");

        waitUntil("the Known column shows", () -> headers(robot).get(0).equals("Known"),
                () -> String.valueOf(headers(robot)));
        waitUntil("the note shows", () -> shownCells(robot).contains("Test folder, restricted on purpose"));
        assertThat(headers(robot)).containsExactly("Known", "failureReason", "entity");
        assertThat(text(robot, "#status-message")).isEqualTo("Marked as known: path " + FILE_1001 + " · client fileserver01.");
        assertThat(text(robot, "#row-count")).isEqualTo("2 rows");
        assertThat(RulesFile.read(rulesFile())).singleElement().extracting(KnownRule::note)
                .isEqualTo("Test folder, restricted on purpose");

        ToggleButton hide = shown(robot, "#hide-known", ToggleButton.class);
        assertThat(UiTestSupport.treeVisible(hide)).isTrue();
        robot.clickOn(hide);

        waitUntil("the known row is hidden", () -> table(robot).getItems().size() == 1);
        assertThat(text(robot, "#row-count")).isEqualTo("1 row · 1 known hidden");
        assertThat(shownCells(robot)).doesNotContain(FILE_1001, "Test folder, restricted on purpose");

        robot.clickOn(hide);
        waitUntil("it shows again", () -> table(robot).getItems().size() == 2);
        assertThat(text(robot, "#row-count")).isEqualTo("2 rows");
    }

    @Test
    void theRulesDialogListsTheRuleAndRemovingItClearsTheColumn(FxRobot robot) throws Exception {
        open(robot, DemoJobs.LIST_SAMPLE);
        robot.clickOn(row(robot, 0).lookup(".table-cell"));
        robot.clickOn("Job").clickOn("#menu-mark-selected-known");
        waitUntil("the rule dialog opens", () -> robot.lookup("#known-note").tryQuery().isPresent());
        robot.clickOn("#known-note").write("ACLs by design");
        robot.type(KeyCode.ENTER);
        waitUntil("the Known column shows", () -> headers(robot).get(0).equals("Known"));

        robot.clickOn("Job").clickOn("#menu-known-failures");

        waitUntil("the rules dialog opens", () -> robot.lookup("#known-rules-dialog").tryQuery().isPresent());
        DialogPane dialog = robot.lookup("#known-rules-dialog").queryAs(DialogPane.class);
        assertThat(dialog.getHeaderText()).startsWith("Known failures of " + demo.webServiceUrl().getHost() + ":");
        assertThat(dialog.getWidth()).as("room for a path and a note side by side").isGreaterThanOrEqualTo(900);
        TableView<?> rules = robot.lookup("#known-rules").queryAs(TableView.class);
        assertThat(rules.getItems()).singleElement().extracting(rule -> ((KnownRule) rule).note()).isEqualTo("ACLs by design");
        assertThat(robot.lookup("#known-rules .table-cell").queryAllAs(Labeled.class)).extracting(Labeled::getText)
                .contains("Access is denied.", "fileserver01", "ACLs by design");
        assertThat(robot.lookup("#known-remove").queryButton().isDisabled()).as("nothing selected yet").isTrue();

        robot.clickOn(robot.lookup("#known-rules .table-row-cell").match((TableRow<?> r) -> r.getIndex() == 0)
                .query().lookup(".table-cell"));
        robot.clickOn("#known-remove");

        waitUntil("the rule is gone", () -> rules.getItems().isEmpty());
        assertThat(robot.lookup("#known-message").queryAs(Labeled.class).getText())
                .startsWith("Removed: reason is “Access is denied.”");
        assertThat(robot.lookup("#known-export").queryButton().isDisabled()).as("nothing to export").isTrue();
        robot.clickOn("Close");
        waitUntil("the dialog closes", () -> robot.lookup("#known-rules-dialog").tryQuery().isEmpty());
        waitUntil("the Known column is gone", () -> headers(robot).equals(java.util.List.of("failureReason", "entity")),
                () -> String.valueOf(headers(robot)));
        assertThat(shownCells(robot)).doesNotContain("ACLs by design");
        assertThat(RulesFile.read(rulesFile())).isEmpty();
    }

    @Test
    void ctrlOOpensASavedAnswerInATabOfItsOwn(FxRobot robot) throws Exception {
        UiTestSupport.submitLogin(robot, demo);
        waitUntil("logged in to the demo", () -> text(robot, "#connection").startsWith("demo @"));
        Path answer = folder.resolve("customer-job.json");
        try (var in = KnownFailuresUiTest.class.getResourceAsStream("/app/fiv/demo/failed-items-csv.json")) {
            Files.copy(in, answer);
        }
        dialogs.answerOpen(answer);

        robot.press(KeyCode.CONTROL, KeyCode.O).release(KeyCode.O, KeyCode.CONTROL);

        waitUntil("the saved answer's tab is shown", () -> selected() != null && selected().isSavedAnswer()
                && table(robot).getItems().size() == 1);
        assertThat(dialogs.asked()).extracting(FakeDialogs.Asked::title).containsExactly("Open saved answer");
        assertThat(robot.lookup(".tab-pane > .tab-header-area .tab .tab-label").queryAllAs(Labeled.class))
                .extracting(Labeled::getText).contains("customer-job.json");
        assertThat(headers(robot)).contains("Item Type", "Team Name", "Path", "GUID");
        assertThat(shownCells(robot)).contains("WikiTestTeam1");
        assertThat(text(robot, "#status-message")).startsWith("Read 1 failed item from customer-job.json (");
    }
}

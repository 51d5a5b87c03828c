package app.fiv.ui.known;

import static app.fiv.ui.known.KnownWindow.knownCells;
import static app.fiv.ui.known.KnownWindow.knownCount;
import static org.assertj.core.api.Assertions.assertThat;

import app.fiv.api.CommServeClient;
import app.fiv.demo.DemoCommServe;
import app.fiv.demo.DemoJobs;
import app.fiv.known.KnownRule;
import app.fiv.known.RulesFile;
import app.fiv.testing.TestClients;
import app.fiv.ui.tabs.JobTab;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Job ▸ Known failures…: a server's rules listed, edited, moved, removed, imported and exported. */
class KnownRulesViewModelTest {
    private static final String DENIED = "Access is denied.";
    private static final String FILE_1001 = "C:\\Users\\Administrator\\Desktop\\BackupFolder\\RestrictedFolder\\1.txt";
    private static DemoCommServe demo;
    private static CommServeClient client;

    @TempDir
    Path folder;
    private KnownWindow window;
    private JobTab tab;
    private Path rulesFile;

    @BeforeAll
    static void startDemo() throws Exception {
        demo = DemoCommServe.start();
        client = TestClients.json("known-rules-test");
    }

    @AfterAll
    static void stopDemo() {
        demo.close();
    }

    @BeforeEach
    void setUp() throws Exception {
        window = new KnownWindow(client, folder);
        window.logIn(demo);
        tab = window.open(DemoJobs.LIST_SAMPLE);
        rulesFile = window.store.fileOf(demo.webServiceUrl().toString());
    }

    @AfterEach
    void tearDown() throws Exception {
        window.close();
    }

    /** One rule of job 1001's shared reason, any client, with a note. */
    private KnownRulesViewModel oneRule() {
        window.editor.saveWith(form -> {
            form.onlyClientProperty().set(false);
            form.noteProperty().set("Restricted on purpose");
        });
        tab.markReasonKnown(DENIED);
        window.editor.cancel();
        return window.rulesDialog();
    }

    private Path file(String name, String json) throws Exception {
        Path file = folder.resolve(name);
        Files.writeString(file, json, StandardCharsets.UTF_8);
        return file;
    }

    private static String rulesJson(String... rules) {
        return "{\"format\": \"failed-items-viewer known failures\", \"version\": 1, \"rules\": ["
                + String.join(",", rules) + "]}";
    }

    @Test
    void theDialogListsTheServersRulesUnderItsName() {
        KnownRulesViewModel rules = oneRule();

        assertThat(rules.title()).isEqualTo("Known failures of " + demo.webServiceUrl().getHost() + ":"
                + demo.webServiceUrl().getPort());
        assertThat(rules.rules()).singleElement().satisfies(rule -> {
            assertThat(rule.reason()).isEqualTo(DENIED);
            assertThat(rule.note()).isEqualTo("Restricted on purpose");
        });
    }

    @Test
    void anEditedRuleMarksAnewAndARemovedOneUnmarks() throws Exception {
        KnownRulesViewModel rules = oneRule();
        KnownRule rule = rules.rules().get(0);
        assertThat(knownCells(tab)).containsExactly("Restricted on purpose", "Restricted on purpose");

        window.editor.saveWith(form -> form.pathProperty().set(FILE_1001));
        rules.edit(rule);

        assertThat(window.editor.lastDraft().title()).isEqualTo("Edit known failure");
        assertThat(window.editor.lastDraft().id()).isEqualTo(rule.id());
        assertThat(knownCells(tab)).as("only the file now").containsExactly("", "Restricted on purpose");
        assertThat(rules.rules()).singleElement().extracting(KnownRule::path).isEqualTo(FILE_1001);
        assertThat(RulesFile.read(rulesFile)).singleElement().extracting(KnownRule::path).isEqualTo(FILE_1001);
        assertThat(rules.messageProperty().get()).startsWith("Changed: reason is “Access is denied.” · path C:\\");

        window.editor.saveWith(form -> form.reasonProperty().set("The network path was not found."));
        rules.edit(rules.rules().get(0));
        assertThat(knownCount(tab)).isZero();

        rules.remove(rules.rules().get(0));

        assertThat(tab.table().knownColumnProperty().get()).as("no rules: no Known column").isEqualTo(-1);
        assertThat(tab.table().tableProperty().get().columns()).containsExactly("failureReason", "entity");
        assertThat(rules.rules()).isEmpty();
        assertThat(RulesFile.read(rulesFile)).isEmpty();
        assertThat(rules.messageProperty().get()).startsWith("Removed: reason is “The network path was not found.”");
    }

    @Test
    void aCancelledEditChangesNothing() throws Exception {
        KnownRulesViewModel rules = oneRule();
        String before = Files.readString(rulesFile);

        rules.edit(rules.rules().get(0));

        assertThat(rules.rules()).hasSize(1);
        assertThat(Files.readString(rulesFile)).isEqualTo(before);
        assertThat(knownCount(tab)).isEqualTo(2);
    }

    @Test
    void theFirstRuleThatFitsNamesTheRowSoMovingOneChangesTheNotes() {
        KnownRulesViewModel rules = oneRule();
        window.editor.saveWith(form -> {
            form.reasonProperty().set("");
            form.pathProperty().set("c:\\users\\**\\1.TXT");
            form.noteProperty().set("Test file");
        });
        rules.add();
        assertThat(window.editor.lastDraft().title()).isEqualTo("Add a known failure");
        assertThat(knownCells(tab)).containsExactly("Restricted on purpose", "Restricted on purpose");

        rules.move(rules.rules().get(1), -1);

        assertThat(rules.rules()).extracting(KnownRule::note).containsExactly("Test file", "Restricted on purpose");
        assertThat(knownCells(tab)).as("a Windows path ignores case").containsExactly("Restricted on purpose", "Test file");
    }

    @Test
    void anImportWithAMistakeChangesNothingAndSaysWhatIsWrong() throws Exception {
        KnownRulesViewModel rules = oneRule();
        String before = Files.readString(rulesFile);
        Path shared = file("team.json", rulesJson("{\"reason\": \"Sharing violation.\", \"note\": \"fine\"}",
                "{\"note\": \"a rule of nothing\"}"));
        window.dialogs.answerOpen(shared);

        rules.importRules();

        assertThat(rules.messageProperty().get()).isEqualTo("The rules file " + shared + " has a rule 2 that cannot be used:"
                + " A known failure needs a reason or a path pattern (or both). Nothing was imported.");
        assertThat(window.status()).isEqualTo(rules.messageProperty().get());
        assertThat(rules.rules()).hasSize(1);
        assertThat(Files.readString(rulesFile)).isEqualTo(before);
    }

    @Test
    void anImportAddsOnlyTheRulesNotThereYetAndCountsThem() throws Exception {
        KnownRulesViewModel rules = oneRule();
        Path shared = file("team.json", rulesJson(
                "{\"reason\": \"Access is denied.\", \"reasonMatch\": \"exact\", \"note\": \"Restricted on purpose\"}",
                "{\"reason\": \"The process cannot access the file*\", \"reasonMatch\": \"pattern\", \"note\": \"locked\"}",
                "{\"path\": \"E:\\\\Users\\\\*\\\\AppData\\\\**\", \"client\": \"fs-win01\", \"note\": \"Profiles\"}"));
        window.dialogs.answerOpen(shared);

        rules.importRules();

        assertThat(rules.messageProperty().get())
                .isEqualTo("Imported 2 known failures from team.json (1 known failure was already here).");
        assertThat(rules.rules()).extracting(KnownRule::note).containsExactly("Restricted on purpose", "locked", "Profiles");
        assertThat(RulesFile.read(rulesFile)).hasSize(3);

        rules.importRules();

        assertThat(rules.messageProperty().get())
                .isEqualTo("Imported 0 known failures from team.json (3 known failures were already here).");
        assertThat(rules.rules()).hasSize(3);
    }

    @Test
    void anExportWritesTheRulesToShareAndAFailedOneSaysWhy() throws Exception {
        KnownRulesViewModel rules = oneRule();
        Path target = folder.resolve("shared").resolve("rules.json");
        Files.createDirectories(target.getParent());
        window.dialogs.answer(target);

        rules.exportRules();

        assertThat(window.dialogs.asked()).last().extracting(asked -> asked.proposedName())
                .isEqualTo("known-failures-" + demo.webServiceUrl().getHost() + ".json");
        assertThat(rules.messageProperty().get()).isEqualTo("Exported 1 known failure to " + target + ".");
        List<KnownRule> written = RulesFile.read(target);
        assertThat(written).singleElement().satisfies(rule -> assertThat(rule.sameAs(rules.rules().get(0))).isTrue());
        assertThat(Files.readString(target)).as("the app's own IDs stay here").doesNotContain(rules.rules().get(0).id());

        Path nowhere = folder.resolve("no-such-folder").resolve("rules.json");
        window.dialogs.answer(nowhere);
        rules.exportRules();
        assertThat(rules.messageProperty().get()).contains(nowhere.getFileName().toString()).doesNotStartWith("Exported");
        assertThat(Files.exists(nowhere)).isFalse();
    }

    @Test
    void withoutATabTheListIsOfTheServerLoggedInToAndWithoutASessionItSaysWhy() {
        oneRule();
        window.model.fetch().closeSelectedTab();
        assertThat(window.rulesDialog().rules()).hasSize(1);

        window.model.logOut();
        FakeRulesWindow fresh = new FakeRulesWindow();
        window.model.known().setRulesWindow(fresh);
        window.model.showKnownFailures();

        assertThat(fresh.wasShown()).isFalse();
        assertThat(window.error()).startsWith("Known failures are kept for each CommServe");
    }
}

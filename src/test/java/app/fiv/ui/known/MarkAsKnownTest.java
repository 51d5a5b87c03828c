package app.fiv.ui.known;

import static app.fiv.ui.known.KnownWindow.knownCells;
import static app.fiv.ui.known.KnownWindow.knownCount;
import static app.fiv.ui.known.KnownWindow.rowsWhere;
import static org.assertj.core.api.Assertions.assertThat;

import app.fiv.api.CommServeClient;
import app.fiv.demo.DemoCommServe;
import app.fiv.demo.DemoJobs;
import app.fiv.known.KnownRule;
import app.fiv.known.ReasonMatch;
import app.fiv.known.RulesFile;
import app.fiv.testing.TestClients;
import app.fiv.ui.table.RowSelection;
import app.fiv.ui.tabs.JobTab;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Mark as known from a row, a selection and a reason, against the demo server, and what the rule then marks. */
class MarkAsKnownTest {
    private static final String FOLDER_1001 = "C:\\Users\\Administrator\\Desktop\\BackupFolder\\RestrictedFolder\\";
    private static DemoCommServe demo;
    private static DemoCommServe other;
    private static CommServeClient client;

    @TempDir
    Path folder;
    private KnownWindow window;

    @BeforeAll
    static void startDemo() throws Exception {
        demo = DemoCommServe.start();
        other = DemoCommServe.start();
        client = TestClients.json("known-test");
    }

    @AfterAll
    static void stopDemo() {
        demo.close();
        other.close();
    }

    @BeforeEach
    void setUp() {
        window = new KnownWindow(client, folder);
    }

    @AfterEach
    void tearDown() throws Exception {
        window.close();
    }

    private List<KnownRule> savedRules(DemoCommServe server) throws Exception {
        return RulesFile.read(window.store.fileOf(server.webServiceUrl().toString()));
    }

    @Test
    void aRowPrefillsItsReasonPathAndClientAndTheSavedRuleMarksItsRowsAndIsKept() throws Exception {
        window.logIn(demo);
        JobTab tab = window.open(DemoJobs.LINUX_SERVER);
        String reason = tab.jobProperty().get().items().cell(0, 0);
        String path = tab.jobProperty().get().items().cell(0, 1);
        assertThat(tab.table().knownColumnProperty().get()).as("no rules yet: no Known column").isEqualTo(-1);
        window.editor.saveWith(form -> form.noteProperty().set("Checked by Dana"));

        tab.markKnown(RowSelection.of(0));

        RuleDraft draft = window.editor.lastDraft();
        assertThat(draft.title()).isEqualTo("Mark as known");
        assertThat(draft.scope()).startsWith("From 1 selected row of job 1003. The rule is kept for "
                + demo.webServiceUrl().getHost() + ":" + demo.webServiceUrl().getPort());
        assertThat(draft.reason()).isEqualTo(reason);
        assertThat(draft.reasonMatch()).isEqualTo(ReasonMatch.EXACT);
        assertThat(draft.path()).isEqualTo(path);
        assertThat(draft.client()).isEqualTo("lnx-app01");
        assertThat(draft.onlyClient()).as("a rule of a row's own path is for its client").isTrue();

        assertThat(tab.table().tableProperty().get().columns().get(0)).isEqualTo("Known");
        assertThat(tab.table().knownColumnProperty().get()).isZero();
        assertThat(knownCells(tab).get(0)).isEqualTo("Checked by Dana");
        assertThat(knownCount(tab)).isEqualTo(rowsWhere(tab, row -> row.reason().equals(reason) && row.path().equals(path)));
        assertThat(window.status()).isEqualTo("Marked as known: reason is “" + reason + "” · path " + path
                + " · client lnx-app01.");
        assertThat(savedRules(demo)).singleElement().satisfies(rule -> {
            assertThat(rule.reason()).isEqualTo(reason);
            assertThat(rule.path()).isEqualTo(path);
            assertThat(rule.client()).isEqualTo("lnx-app01");
            assertThat(rule.note()).isEqualTo("Checked by Dana");
        });
    }

    @Test
    void aSelectionOffersTheFolderItsRowsShareAndTheirReasonAndMarksThemAll() throws Exception {
        window.logIn(demo);
        JobTab tab = window.open(DemoJobs.LIST_SAMPLE);
        window.editor.saveAsPrefilled();

        tab.markKnown(RowSelection.of(1, 0));

        RuleDraft draft = window.editor.lastDraft();
        assertThat(draft.scope()).startsWith("From 2 selected rows of job 1001.");
        assertThat(draft.reason()).isEqualTo("Access is denied.");
        assertThat(draft.path()).isEqualTo(FOLDER_1001 + "**");
        assertThat(draft.client()).isEqualTo("fileserver01");
        assertThat(knownCells(tab)).as("the folder itself and the file in it").containsExactly("known", "known");
        tab.table().hideKnownProperty().set(true);
        assertThat(tab.table().shownCountProperty().get()).isZero();
        assertThat(tab.table().countTextBinding().get()).isEqualTo("0 rows · 2 known hidden");
    }

    @Test
    void onceTheKnownColumnIsShownARowStillOffersItsOwnReasonAndPath() throws Exception {
        window.logIn(demo);
        JobTab tab = window.open(DemoJobs.LINUX_SERVER);
        window.editor.saveWith(form -> form.noteProperty().set("first"));
        tab.markKnown(RowSelection.of(0));
        assertThat(tab.table().tableProperty().get().columns().get(0)).isEqualTo("Known");

        tab.markKnown(RowSelection.of(1));

        assertThat(window.editor.lastDraft().reason()).isEqualTo(tab.jobProperty().get().items().cell(1, 0));
        assertThat(window.editor.lastDraft().path()).isEqualTo(tab.jobProperty().get().items().cell(1, 1));
        assertThat(knownCells(tab).subList(0, 2)).containsExactly("first", "first");
        assertThat(savedRules(demo)).hasSize(2);
    }

    @Test
    void allShownRowsOfABigJobAreLookedAtInTheBackground() throws Exception {
        window.logIn(demo);
        JobTab tab = window.open(DemoJobs.LARGE_FILE_SERVER);
        tab.table().filterTextProperty().set("Access is denied.");
        int shown = tab.table().shownCountProperty().get();
        assertThat(shown).isGreaterThan(10_000);
        List<String> statuses = new java.util.ArrayList<>();
        window.model.messages().statusProperty().subscribe((String now) -> statuses.add(now));

        tab.markKnown(RowSelection.allShownRows());

        assertThat(statuses).contains("Looking at " + String.format("%,d", shown) + " rows to mark as known…");
        RuleDraft draft = window.editor.lastDraft();
        assertThat(draft.scope()).startsWith("From the shown " + String.format("%,d", shown) + " rows of job 1005.");
        assertThat(draft.reason()).as("every shown row has it").isEqualTo("Access is denied.");
    }

    @Test
    void rowsOfDifferentReasonsOfferNoReason() throws Exception {
        window.logIn(demo);
        JobTab tab = window.open(DemoJobs.LINUX_SERVER);
        assertThat(tab.jobProperty().get().items().cell(0, 0)).isNotEqualTo(tab.jobProperty().get().items().cell(1, 0));

        tab.markKnown(RowSelection.of(0, 1));

        assertThat(window.editor.lastDraft().reason()).isEmpty();
        assertThat(tab.table().knownColumnProperty().get()).as("cancelled: nothing marked").isEqualTo(-1);
        assertThat(Files.exists(window.store.fileOf(demo.webServiceUrl().toString()))).isFalse();
    }

    @Test
    void aReasonOffersItsExactTextForAnyPathAndMarksEveryRowWithIt() throws Exception {
        window.logIn(demo);
        JobTab tab = window.open(DemoJobs.LINUX_SERVER);
        int denied = rowsWhere(tab, row -> row.reason().equals("Permission denied"));
        assertThat(denied).isBetween(2, 149);
        window.editor.saveWith(form -> form.noteProperty().set("ACLs, ticket 4711"));

        tab.markReasonKnown("Permission denied");

        RuleDraft draft = window.editor.lastDraft();
        assertThat(draft.scope()).startsWith("From a failure reason of job 1003.");
        assertThat(draft.reason()).isEqualTo("Permission denied");
        assertThat(draft.reasonMatch()).isEqualTo(ReasonMatch.EXACT);
        assertThat(draft.path()).isEmpty();
        assertThat(draft.client()).as("offered").isEqualTo("lnx-app01");
        assertThat(draft.onlyClient()).isFalse();
        assertThat(knownCount(tab)).isEqualTo(denied);
        assertThat(Collections.frequency(knownCells(tab), "ACLs, ticket 4711")).isEqualTo(denied);

        tab.table().hideKnownProperty().set(true);
        assertThat(tab.table().shownCountProperty().get()).isEqualTo(150 - denied);
        assertThat(tab.table().countTextBinding().get()).isEqualTo((150 - denied) + " rows · " + denied + " known hidden");
    }

    @Test
    void aNewRuleMarksEveryOpenTabOfTheServerAtOnce() throws Exception {
        window.logIn(demo);
        JobTab large = window.open(DemoJobs.LARGE_FILE_SERVER);
        JobTab linux = window.open(DemoJobs.LINUX_SERVER);
        JobTab sample = window.open(DemoJobs.LIST_SAMPLE);
        int deniedInLarge = rowsWhere(large, row -> row.reason().equals("Access is denied."));
        assertThat(deniedInLarge).isPositive();
        window.editor.saveWith(form -> form.onlyClientProperty().set(false));

        sample.markReasonKnown("Access is denied.");

        assertThat(knownCount(sample)).isEqualTo(2);
        assertThat(knownCount(large)).isEqualTo(deniedInLarge);
        assertThat(linux.table().knownColumnProperty().get()).as("a tab the rule fits no row of still gets the column")
                .isZero();
        assertThat(knownCount(linux)).isZero();
    }

    @Test
    void aRuleOfOneClientMarksNoOtherClientsRows() throws Exception {
        window.logIn(demo);
        JobTab large = window.open(DemoJobs.LARGE_FILE_SERVER);
        JobTab sample = window.open(DemoJobs.LIST_SAMPLE);
        window.editor.saveWith(form -> form.onlyClientProperty().set(true));

        sample.markReasonKnown("Access is denied.");

        assertThat(window.editor.lastDraft().client()).isEqualTo("fileserver01");
        assertThat(knownCount(sample)).isEqualTo(2);
        assertThat(large.jobProperty().get().summary().clientName()).isNotEqualToIgnoringCase("fileserver01");
        assertThat(knownCount(large)).isZero();
    }

    @Test
    void theRulesOfOneServerNeverMarkTheTabsOfAnother() throws Exception {
        window.logIn(demo);
        JobTab first = window.open(DemoJobs.LIST_SAMPLE);
        window.logIn(other);
        JobTab second = window.open(DemoJobs.LIST_SAMPLE);
        assertThat(second).isNotSameAs(first);
        window.editor.saveWith(form -> form.onlyClientProperty().set(false));

        first.markReasonKnown("Access is denied.");

        assertThat(knownCount(first)).isEqualTo(2);
        assertThat(second.table().knownColumnProperty().get()).isEqualTo(-1);
        assertThat(Files.exists(window.store.fileOf(other.webServiceUrl().toString()))).isFalse();
        assertThat(savedRules(demo)).hasSize(1);

        window.model.selectedTabProperty().set(second);
        assertThat(window.rulesDialog().rules()).as("the other server's list").isEmpty();
        window.model.selectedTabProperty().set(first);
        assertThat(window.rulesDialog().rules()).hasSize(1);
    }

    @Test
    void theSameRuleTwiceIsKeptOnce() throws Exception {
        window.logIn(demo);
        JobTab tab = window.open(DemoJobs.LIST_SAMPLE);
        window.editor.saveAsPrefilled();
        tab.markReasonKnown("Access is denied.");

        tab.markReasonKnown("Access is denied.");

        assertThat(window.status()).startsWith("That known failure is already there: reason is “Access is denied.”");
        assertThat(savedRules(demo)).hasSize(1);
    }

    @Test
    void aRulesFileThatCannotBeReadIsNamedAndKeptWhenRulesAreSavedAgain() throws Exception {
        Path file = window.store.fileOf(demo.webServiceUrl().toString());
        Files.createDirectories(file.getParent());
        String byHand = "{\"format\": \"failed-items-viewer known failures\", \"version\": 1, \"rules\": [\n"
                + "  {\"reason\": \"Access is denied.\", \"note\": \"typo ahead\"},,\n]}";
        Files.writeString(file, byHand, StandardCharsets.UTF_8);
        window.logIn(demo);

        JobTab tab = window.open(DemoJobs.LIST_SAMPLE);

        assertThat(window.error()).startsWith("The known failures of " + demo.webServiceUrl().getHost() + ":"
                + demo.webServiceUrl().getPort() + " are not applied: The rules file " + file + " is not valid JSON at line 2")
                .endsWith("Fix the file, or add rules again (the file is then kept beside the new one as .unreadable).")
                .doesNotContain("unexpected");
        assertThat(tab.table().knownColumnProperty().get()).isEqualTo(-1);
        assertThat(window.rulesDialog().messageProperty().get()).startsWith("The file of these rules could not be read: The rules file "
                + file + " is not valid JSON");

        window.editor.saveAsPrefilled();
        tab.markReasonKnown("Access is denied.");

        assertThat(Files.readString(file.resolveSibling(file.getFileName() + ".unreadable"))).isEqualTo(byHand);
        assertThat(savedRules(demo)).singleElement().extracting(KnownRule::reason).isEqualTo("Access is denied.");
        assertThat(knownCount(tab)).isEqualTo(2);
        assertThat(window.status()).startsWith("Marked as known: reason is “Access is denied.”")
                .endsWith(" The file that could not be read is kept as " + file.getFileName() + ".unreadable.");
        assertThat(window.rulesDialog().messageProperty().get()).as("the file is readable now").isEmpty();
    }

    @Test
    void rulesThatCannotBeSavedStillApplyAndTheMessageSaysWhereAndWhy() throws Exception {
        Path config = window.store.fileOf(demo.webServiceUrl().toString()).getParent();
        Files.createDirectories(config.getParent());
        Files.writeString(config, "not a folder");
        window.logIn(demo);
        JobTab tab = window.open(DemoJobs.LIST_SAMPLE);
        window.editor.saveAsPrefilled();

        tab.markReasonKnown("Access is denied.");

        assertThat(knownCount(tab)).isEqualTo(2);
        assertThat(window.error()).startsWith("The known failures of " + demo.webServiceUrl().getHost() + ":"
                + demo.webServiceUrl().getPort() + " could not be saved in " + window.store.fileOf(demo.webServiceUrl().toString()))
                .endsWith(" (" + config + " is in the way: a file where the folder should be). They apply until the app is"
                        + " closed; export them to keep them.")
                .doesNotContain("unexpected");
    }

    @Test
    void withoutASessionASavedAnswerCannotBeMarkedAndSaysWhy() throws Exception {
        Path answer = folder.resolve("answer.json");
        try (var in = MarkAsKnownTest.class.getResourceAsStream("/app/fiv/demo/failed-items-list.json")) {
            Files.copy(in, answer);
        }
        window.dialogs.answerOpen(answer);
        window.model.openSavedAnswer();
        JobTab tab = window.model.selectedTabProperty().get();

        tab.markKnown(RowSelection.of(0));

        assertThat(window.error()).startsWith("Known failures are kept for each CommServe: log in");
        assertThat(window.editor.drafts()).isEmpty();
    }
}

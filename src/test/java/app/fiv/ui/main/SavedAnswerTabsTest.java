package app.fiv.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import app.fiv.api.CommServeClient;
import app.fiv.demo.DemoCommServe;
import app.fiv.demo.DemoJobs;
import app.fiv.known.KnownRule;
import app.fiv.known.KnownRules;
import app.fiv.known.ReasonMatch;
import app.fiv.model.FailedItemsTable;
import app.fiv.model.Shape;
import app.fiv.session.Clients;
import app.fiv.session.SessionStore;
import app.fiv.settings.AppSettings;
import app.fiv.settings.FileTokenStore;
import app.fiv.testing.DemoLogins;
import app.fiv.testing.TestClients;
import app.fiv.ui.common.FakeDialogs;
import app.fiv.ui.known.RuleBook;
import app.fiv.ui.session.FakeLogins;
import app.fiv.ui.tabs.JobTab;
import app.fiv.ui.task.DirectTaskExecutor;
import app.fiv.ui.task.QueuedTaskExecutor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File ▸ Open saved answer…: a FailedItems answer from a file in a tab of its own, with no CommServe. */
class SavedAnswerTabsTest {
    private static final String LIST_XML = """
            <?xml version="1.0" encoding="UTF-8"?>
            <CVGui_JobFailedItemsResp isFailedItemsCSV="false">
              <failedItems failureReason="Access is denied." entity="C:\\Finance\\payroll.xlsx"/>
              <failedItems failureReason="The file is locked." entity="C:\\Finance\\ledger.pst"/>
              <failedItems failureReason="Access is denied." entity="C:\\Finance\\budget.xlsx"/>
            </CVGui_JobFailedItemsResp>
            """;
    private static final String CSV_XML = """
            <CVGui_JobFailedItemsResp isFailedItemsCSV="true"><failedItemsCSV>
              <columns>Item Type</columns><columns>Path</columns><columns>Reason</columns><columns>GUID</columns>
              <rows><row>Channel</row><row>\\Sales\\General</row><row>Forbidden</row><row>19:abc@thread</row></rows>
              <rows><row>Channel</row><row>\\Sales\\Archive</row><row>Forbidden</row><row>19:def@thread</row></rows>
            </failedItemsCSV></CVGui_JobFailedItemsResp>
            """;
    private static DemoCommServe demo;
    private static CommServeClient client;

    private final DirectTaskExecutor executor = new DirectTaskExecutor();
    private final FakeLogins logins = new FakeLogins();
    private final FakeDialogs dialogs = new FakeDialogs();
    private Preferences preferences;
    private MainViewModel model;

    @TempDir
    Path folder;

    @BeforeAll
    static void startDemo() throws Exception {
        demo = DemoCommServe.start();
        client = TestClients.json("saved-answer-test");
    }

    @AfterAll
    static void stopDemo() {
        demo.close();
    }

    @BeforeEach
    void setUp() throws Exception {
        preferences = Preferences.userRoot().node("app/fiv/tests/saved-" + System.nanoTime());
        SessionStore sessions = new SessionStore(new AppSettings(preferences),
                new FileTokenStore(folder.resolve("tokens.json")), Clients.of(client));
        model = MainModels.create(sessions, executor, new AppSettings(preferences), logins, dialogs,
                Files.createDirectories(folder.resolve("config")));
    }

    @AfterEach
    void tearDown() throws Exception {
        preferences.removeNode();
    }

    private Path file(String name, String content) throws Exception {
        Path file = folder.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    /** A documented answer as the demo serves it, saved as curl -o would. */
    private Path sample(String resource, String name) throws Exception {
        Path file = folder.resolve(name);
        try (var in = SavedAnswerTabsTest.class.getResourceAsStream("/app/fiv/demo/" + resource)) {
            Files.copy(in, file);
        }
        return file;
    }

    /** Ctrl+O, the file chosen in the dialog. */
    private JobTab open(Path file) {
        dialogs.answerOpen(file);
        model.openSavedAnswer();
        return model.selectedTabProperty().get();
    }

    private static FailedItemsTable rows(JobTab tab) {
        return tab.table().tableProperty().get();
    }

    @Test
    void bothShapesInJsonAndXmlOpenInTabsOfTheirOwnWithNoSession() throws Exception {
        JobTab list = open(sample("failed-items-list.json", "job-1001.json"));
        assertThat(list.isSavedAnswer()).isTrue();
        assertThat(list.titleBinding().get()).isEqualTo("job-1001.json");
        assertThat(rows(list).shape()).isEqualTo(Shape.LIST);
        assertThat(rows(list).columns()).containsExactly("failureReason", "entity");
        assertThat(list.table().totalCountProperty().get()).isEqualTo(2);
        assertThat(model.messages().statusProperty().get()).startsWith("Read 2 failed items from job-1001.json (");

        JobTab csv = open(sample("failed-items-csv.json", "teams.json"));
        assertThat(rows(csv).shape()).isEqualTo(Shape.CSV);
        assertThat(rows(csv).cell(0, rows(csv).columnIndex("Team Name"))).isEqualTo("WikiTestTeam1");
        assertThat(csv.table().pathColumnProperty().get()).isEqualTo(rows(csv).columnIndex("Path"));

        JobTab listXml = open(file("finance.xml", LIST_XML));
        assertThat(rows(listXml).shape()).isEqualTo(Shape.LIST);
        assertThat(rows(listXml).cell(1, 1)).isEqualTo("C:\\Finance\\ledger.pst");
        assertThat(listXml.table().reasonsProperty().get()).extracting(reason -> reason.reason())
                .containsExactly("Access is denied.", "The file is locked.");

        JobTab csvXml = open(file("sales-answer.txt", CSV_XML));
        assertThat(rows(csvXml).shape()).isEqualTo(Shape.CSV);
        assertThat(rows(csvXml).columns()).containsExactly("Item Type", "Path", "Reason", "GUID");
        assertThat(rows(csvXml).cell(1, 1)).isEqualTo("\\Sales\\Archive");

        assertThat(model.tabs()).extracting(tab -> tab.titleBinding().get())
                .containsExactly("job-1001.json", "teams.json", "finance.xml", "sales-answer.txt");
        assertThat(model.messages().errorProperty().get()).isEmpty();
        assertThat(list.details()).as("no job to ask about").isNull();
        assertThat(list.resubmitTarget().get()).isNull();
    }

    @Test
    void refreshReadsTheFileAgainAndAFileBrokenSinceKeepsTheRows() throws Exception {
        Path answer = file("finance.xml", LIST_XML);
        JobTab tab = open(answer);
        tab.table().filterTextProperty().set("xlsx");
        assertThat(tab.table().shownCountProperty().get()).isEqualTo(2);
        Files.writeString(answer, LIST_XML.replace("budget.xlsx", "budget.xlsx\"/><failedItems entity=\"C:\\Finance\\q4.xlsx"));

        model.refresh();

        assertThat(model.tabs()).containsExactly(tab);
        assertThat(tab.table().totalCountProperty().get()).isEqualTo(4);
        assertThat(tab.table().shownCountProperty().get()).as("the filter stays").isEqualTo(3);
        assertThat(model.messages().statusProperty().get()).startsWith("Read 4 failed items from finance.xml");

        Files.writeString(answer, LIST_XML.substring(0, 120));
        model.refresh();

        assertThat(model.messages().errorProperty().get()).startsWith("The saved answer finance.xml could not be read.");
        assertThat(model.messages().statusProperty().get()).isEqualTo("Could not read finance.xml.");
        assertThat(tab.table().totalCountProperty().get()).as("the rows read before stay").isEqualTo(4);
        assertThat(model.tabs()).containsExactly(tab);
    }

    @Test
    void aFileThatIsNoAnswerSaysWhatIsWrongUnderItsNameAndOpensNoTab() throws Exception {
        open(file("page.json", "<!DOCTYPE html><html><body>Sign in to Command Center</body></html>"));

        assertThat(model.tabs()).isEmpty();
        assertThat(model.messages().errorProperty().get()).startsWith("The saved answer page.json could not be read.")
                .contains("web page (HTML)");

        open(file("error.json", "{\"errorCode\": 2, \"errorMessage\": \"Job not found\"}"));
        assertThat(model.messages().errorProperty().get())
                .isEqualTo("The saved answer error.json is the CommServe's error, not failed items: Job not found (error code 2)");

        open(folder.resolve("gone.json"));
        assertThat(model.messages().errorProperty().get()).contains("gone.json does not exist");
        assertThat(model.tabs()).isEmpty();
    }

    @Test
    void theSameFileOpenedTwiceSelectsItsTab() throws Exception {
        Path answer = sample("failed-items-list.json", "job-1001.json");
        JobTab first = open(answer);
        open(file("finance.xml", LIST_XML));

        JobTab again = open(folder.resolve(".").resolve("job-1001.json"));

        assertThat(again).isSameAs(first);
        assertThat(model.tabs()).hasSize(2);
        assertThat(model.messages().statusProperty().get())
                .isEqualTo("job-1001.json is already open. Press F5 or Refresh to read it again.");
    }

    @Test
    void aFileOpenedAgainWhileItIsStillReadGetsOneTab() throws Exception {
        QueuedTaskExecutor queued = new QueuedTaskExecutor();
        SessionStore sessions = new SessionStore(new AppSettings(preferences),
                new FileTokenStore(folder.resolve("tokens.json")), Clients.of(client));
        MainViewModel slow = MainModels.create(sessions, queued, new AppSettings(preferences), logins, dialogs,
                folder.resolve("config"));
        queued.runAll();
        Path answer = file("finance.xml", LIST_XML);
        dialogs.answerOpen(answer);

        slow.openSavedAnswer();
        slow.openSavedAnswer();

        assertThat(slow.messages().statusProperty().get()).isEqualTo("Still reading finance.xml…");
        queued.runAll();
        assertThat(slow.tabs()).hasSize(1);
        slow.openSavedAnswer();
        assertThat(slow.tabs()).hasSize(1);
        assertThat(slow.messages().statusProperty().get()).isEqualTo("finance.xml is already open. Press F5 or Refresh to read it again.");
    }

    @Test
    void aCancelledChoiceOpensNothingAndTheNextChoiceStartsInTheFolderOfTheLast() throws Exception {
        Path answer = sample("failed-items-list.json", "job-1001.json");
        open(null);
        assertThat(model.tabs()).isEmpty();

        open(answer);
        open(null);

        assertThat(dialogs.asked()).extracting(FakeDialogs.Asked::folder).containsExactly(null, null, folder);
    }

    @Test
    void aSavedAnswerStaysOnLogOutAndIsMarkedByTheRulesOfTheServerLoggedInTo() throws Exception {
        logins.logIn(model.session(), DemoLogins.logIn(client, demo));
        model.fetch().jobIdTextProperty().set(String.valueOf(DemoJobs.LIST_SAMPLE));
        model.fetch().search();
        RuleBook book = model.known().book(demo.webServiceUrl());
        book.save(KnownRules.of(java.util.List.of(KnownRule.of("Access is denied.", ReasonMatch.EXACT, "", "", "ACL"))),
                "saved");
        JobTab saved = open(file("finance.xml", LIST_XML));
        assertThat(model.tabs()).hasSize(2);
        assertThat(saved.table().knownColumnProperty().get()).isZero();
        assertThat(rows(saved).cell(0, 0)).isEqualTo("ACL");
        assertThat(rows(saved).cell(1, 0)).isEmpty();

        model.logOut();

        assertThat(model.tabs()).containsExactly(saved);
        assertThat(model.selectedTabProperty().get()).isSameAs(saved);
        assertThat(saved.table().totalCountProperty().get()).isEqualTo(3);
        assertThat(saved.table().knownColumnProperty().get()).as("no server: no rules").isEqualTo(-1);

        logins.logIn(model.session(), DemoLogins.logIn(client, demo));
        assertThat(saved.table().knownColumnProperty().get()).as("the server's rules again").isZero();
    }
}

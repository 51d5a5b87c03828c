package app.fiv.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import app.fiv.api.CommServeClient;
import app.fiv.api.Session;
import app.fiv.demo.DemoCommServe;
import app.fiv.demo.DemoJobs;
import app.fiv.session.SessionStore;
import app.fiv.settings.AppSettings;
import app.fiv.settings.FileTokenStore;
import app.fiv.testing.DemoLogins;
import app.fiv.session.Clients;
import app.fiv.testing.TestClients;
import app.fiv.ui.session.FakeLogins;
import app.fiv.ui.task.DirectTaskExecutor;
import java.nio.file.Path;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The main view-model against the demo server, with tasks run on the test's thread. */
class MainViewModelTest {
    private static DemoCommServe demo;
    private static CommServeClient client;
    private final DirectTaskExecutor executor = new DirectTaskExecutor();
    private final FakeLogins logins = new FakeLogins();
    private Preferences preferences;
    private MainViewModel model;

    @TempDir
    Path folder;

    @BeforeAll
    static void startDemo() throws Exception {
        demo = DemoCommServe.start();
        client = TestClients.json("vm-test");
    }

    @AfterAll
    static void stopDemo() {
        demo.close();
    }

    @BeforeEach
    void setUp() {
        preferences = Preferences.userRoot().node("app/fiv/tests/vm-" + System.nanoTime());
        SessionStore sessions = new SessionStore(new AppSettings(preferences),
                new FileTokenStore(folder.resolve("tokens.json")), Clients.of(client));
        model = newModel(sessions, logins);
    }

    private MainViewModel newModel(SessionStore sessions, FakeLogins fake) {
        return MainModels.create(sessions, executor, new AppSettings(preferences), fake);
    }

    private void logInToDemo() throws Exception {
        logins.logIn(model.session(), logIn(demo));
    }

    private void search(String typed) {
        model.fetch().jobIdTextProperty().set(typed);
        model.fetch().search();
    }

    @AfterEach
    void tearDown() throws Exception {
        demo.setRenewalEnabled(true);
        preferences.removeNode();
    }

    private Session logIn(DemoCommServe server) throws Exception {
        return DemoLogins.logIn(client, server);
    }

    @Test
    void searchShowsTheJobAndReportsProgress() throws Exception {
        logInToDemo();

        search(" Job ID: " + DemoJobs.LARGE_FILE_SERVER);

        assertThat(model.fetch().jobIdTextProperty().get()).isEqualTo(String.valueOf(DemoJobs.LARGE_FILE_SERVER));
        assertThat(model.jobProperty().get().items().rowCount()).isEqualTo(DemoJobs.LARGE_FILE_SERVER_ITEMS);
        assertThat(model.selectedTabProperty().get().table().rowsProperty().get()).hasSize(DemoJobs.LARGE_FILE_SERVER_ITEMS);
        assertThat(model.busyBinding().get()).isFalse();
        assertThat(model.messages().statusProperty().get()).startsWith("Fetched 50,000 failed items of job " + DemoJobs.LARGE_FILE_SERVER);
        assertThat(executor.messages()).anyMatch(m -> m.matches("Downloading the failed items of job 1005… [0-9.]+ (KB|MB), [0-9,]+ rows"));
    }

    @Test
    void aFailedFetchKeepsTheJobShown() throws Exception {
        logInToDemo();
        search(String.valueOf(DemoJobs.LIST_SAMPLE));

        search(String.valueOf(DemoJobs.SERVER_ERROR_500));

        assertThat(model.messages().errorProperty().get()).contains("HTTP 500");
        assertThat(model.jobProperty().get().jobId()).isEqualTo(DemoJobs.LIST_SAMPLE);
        assertThat(model.selectedTabProperty().get().table().rowsProperty().get()).hasSize(2);
    }

    @Test
    void searchingWithoutASessionAsksForALoginAndSendsNothing() {
        int before = demo.requests().size();

        search("1001");

        assertThat(logins.reasons()).containsExactly("Log in to fetch job 1001.");
        assertThat(demo.requests()).hasSize(before);
    }

    @Test
    void aSavedSessionIsRestoredOnlyWhileTheServerAcceptsIt() throws Exception {
        SessionStore sessions = new SessionStore(new AppSettings(preferences),
                new FileTokenStore(folder.resolve("tokens.json")), Clients.of(client));
        sessions.remember(logIn(demo), true);

        model.session().restore();
        assertThat(model.session().sessionProperty().get()).isNotNull();
        assertThat(logins.reasons()).isEmpty();

        demo.expireAllTokens();
        MainViewModel later = newModel(sessions, logins);
        later.session().restore();
        assertThat(later.session().sessionProperty().get()).isNull();
        assertThat(logins.reasons()).singleElement().asString().contains("has expired");
    }

    @Test
    void eachJobGetsATabAndAnOpenJobIsSwitchedToNotFetchedAgain() throws Exception {
        logInToDemo();
        search(String.valueOf(DemoJobs.LIST_SAMPLE));
        search(String.valueOf(DemoJobs.EXCHANGE_MAILBOXES));
        int requests = demo.requests().size();

        search(String.valueOf(DemoJobs.LIST_SAMPLE));

        assertThat(model.tabs()).extracting(tab -> tab.titleBinding().get())
                .containsExactly("Job 1001 · " + model.tabs().get(0).jobProperty().get().summary().clientName(),
                        "Job 1006 · exchange-online");
        assertThat(model.selectedTabProperty().get().jobId()).isEqualTo(DemoJobs.LIST_SAMPLE);
        assertThat(model.messages().statusProperty().get()).contains("already open");
        assertThat(demo.requests()).hasSize(requests);
        assertThat(model.fetch().recentJobIdsProperty().get()).containsExactly("1006", "1001");
    }

    @Test
    void refreshReplacesTheTabsRowsAndAFailedRefreshKeepsThem() throws Exception {
        logInToDemo();
        search(String.valueOf(DemoJobs.LINUX_SERVER));
        var tab = model.selectedTabProperty().get();
        tab.table().filterTextProperty().set("denied");
        int filtered = tab.table().shownCountProperty().get();

        model.fetch().refresh();

        assertThat(model.tabs()).hasSize(1);
        assertThat(model.selectedTabProperty().get()).isSameAs(tab);
        assertThat(tab.table().shownCountProperty().get()).as("the filter stays").isEqualTo(filtered);

        demo.expireAllTokens();
        demo.setRenewalEnabled(false);
        model.fetch().refresh();
        assertThat(model.messages().errorProperty().get()).isNotEmpty();
        assertThat(tab.table().totalCountProperty().get()).isEqualTo(tab.jobProperty().get().items().rowCount());
        assertThat(model.tabs()).hasSize(1);
    }

    @Test
    void closingTheSelectedTabSelectsItsNeighbour() throws Exception {
        logInToDemo();
        for (long id : new long[] {DemoJobs.LIST_SAMPLE, DemoJobs.CSV_SAMPLE, DemoJobs.NO_FAILED_ITEMS}) {
            search(String.valueOf(id));
        }
        model.selectedTabProperty().set(model.tabs().get(1));

        model.fetch().closeSelectedTab();

        assertThat(model.tabs()).extracting(tab -> tab.jobId()).containsExactly(DemoJobs.LIST_SAMPLE, DemoJobs.NO_FAILED_ITEMS);
        assertThat(model.selectedTabProperty().get().jobId()).isEqualTo(DemoJobs.NO_FAILED_ITEMS);
        assertThat(model.jobProperty().get().jobId()).isEqualTo(DemoJobs.NO_FAILED_ITEMS);
    }
}

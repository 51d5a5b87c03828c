package app.fiv.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import app.fiv.api.CommServeClient;
import app.fiv.demo.DemoCommServe;
import app.fiv.demo.DemoJobs;
import app.fiv.session.Clients;
import app.fiv.session.SessionStore;
import app.fiv.settings.AppSettings;
import app.fiv.settings.FileTokenStore;
import app.fiv.testing.DemoLogins;
import app.fiv.testing.TestClients;
import app.fiv.ui.session.FakeLogins;
import app.fiv.ui.tabs.JobTab;
import app.fiv.ui.task.QueuedTaskExecutor;
import java.nio.file.Path;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fetches whose results arrive late, in an order the test chooses: after a newer fetch, after a
 * cancel, after their tab was closed. None of them may change what the window shows.
 */
class FetchOrderTest {
    private static DemoCommServe demo;
    private static CommServeClient client;
    private final QueuedTaskExecutor executor = new QueuedTaskExecutor();
    private final FakeLogins logins = new FakeLogins();
    private Preferences preferences;
    private MainViewModel model;

    @TempDir
    Path folder;

    @BeforeAll
    static void startDemo() throws Exception {
        demo = DemoCommServe.start();
        client = TestClients.json("order-test");
    }

    @AfterAll
    static void stopDemo() {
        demo.close();
    }

    @BeforeEach
    void setUp() throws Exception {
        preferences = Preferences.userRoot().node("app/fiv/tests/order-" + System.nanoTime());
        AppSettings settings = new AppSettings(preferences);
        SessionStore sessions = new SessionStore(settings, new FileTokenStore(folder.resolve("tokens.json")),
                Clients.of(client));
        model = MainModels.create(sessions, executor, settings, logins);
        logins.logIn(model.session(), DemoLogins.logIn(client, demo));
    }

    @AfterEach
    void tearDown() throws Exception {
        preferences.removeNode();
    }

    private void search(long jobId) {
        model.fetch().jobIdTextProperty().set(String.valueOf(jobId));
        model.fetch().search();
    }

    private String status() {
        return model.messages().statusProperty().get();
    }

    @Test
    void closingATabWhileItsRefreshRunsStopsItAndTheTabStaysClosed() {
        search(DemoJobs.LINUX_SERVER);
        executor.runAll();
        JobTab tab = model.selectedTabProperty().get();
        model.fetch().refresh();
        int requests = demo.requests().size();

        model.fetch().closeTab(tab);
        executor.runAll();

        assertThat(model.tabs()).isEmpty();
        assertThat(model.busyBinding().get()).isFalse();
        assertThat(status()).isEqualTo("Fetch of job " + DemoJobs.LINUX_SERVER + " cancelled.");
        assertThat(demo.requests()).as("the cancelled refresh sent nothing").hasSize(requests);
    }

    @Test
    void anOlderFetchThatFinishesAfterANewerOneChangesNothing() {
        search(DemoJobs.LIST_SAMPLE);
        search(DemoJobs.CSV_SAMPLE);

        executor.runNewest();
        executor.runAll();

        assertThat(model.tabs()).extracting(JobTab::jobId).containsExactly(DemoJobs.CSV_SAMPLE);
        assertThat(status()).startsWith("Fetched 1 failed items of job " + DemoJobs.CSV_SAMPLE);
        assertThat(model.fetch().recentJobIdsProperty().get()).containsExactly(String.valueOf(DemoJobs.CSV_SAMPLE));
    }

    @Test
    void aCancelledFetchThatRunsLaterOpensNoTab() {
        search(DemoJobs.LIST_SAMPLE);
        model.fetch().cancel();

        executor.runAll();

        assertThat(model.tabs()).isEmpty();
        assertThat(status()).isEqualTo("Fetch of job " + DemoJobs.LIST_SAMPLE + " cancelled.");
    }

    @Test
    void aFetchStoppedByLoggingOutBringsNoJobBack() {
        search(DemoJobs.LIST_SAMPLE);

        model.logOut();
        executor.runAll();

        assertThat(model.tabs()).isEmpty();
        assertThat(model.session().sessionProperty().get()).isNull();
        assertThat(model.busyBinding().get()).isFalse();
    }
}

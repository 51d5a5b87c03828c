package app.fiv.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import app.fiv.api.CommServeClient;
import app.fiv.api.JobSummary;
import app.fiv.demo.DemoCommServe;
import app.fiv.demo.DemoJobs;
import app.fiv.demo.RecordedRequest;
import app.fiv.multijob.ManyJobsTable;
import app.fiv.session.Clients;
import app.fiv.session.SessionStore;
import app.fiv.settings.AppSettings;
import app.fiv.settings.FileTokenStore;
import app.fiv.testing.DemoLogins;
import app.fiv.testing.TestClients;
import app.fiv.ui.jobs.JobRow;
import app.fiv.ui.session.FakeLogins;
import app.fiv.ui.tabs.JobTab;
import app.fiv.ui.task.DirectTaskExecutor;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window's tab of many jobs: opened from the jobs view, F5, Retry, a login that cannot be renewed. */
class OpenManyJobsTest {
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
        client = TestClients.json("many-jobs-test");
    }

    @AfterAll
    static void stopDemo() {
        demo.close();
    }

    @BeforeEach
    void setUp() throws Exception {
        preferences = Preferences.userRoot().node("app/fiv/tests/many-" + System.nanoTime());
        SessionStore sessions = new SessionStore(new AppSettings(preferences),
                new FileTokenStore(folder.resolve("tokens.json")), Clients.of(client));
        model = MainModels.create(sessions, executor, new AppSettings(preferences), logins);
        logins.logIn(model.session(), DemoLogins.logIn(client, demo));
    }

    @AfterEach
    void tearDown() throws Exception {
        demo.setRenewalEnabled(true);
        preferences.removeNode();
    }

    private static JobRow row(long jobId, String client) {
        return JobRow.of(new JobSummary(jobId, "Completed w/ one or more errors", "Backup", "", "", "", 100,
                Optional.empty(), Optional.empty(), 0, 1, 0, client, "default", "", ""), ZoneOffset.UTC);
    }

    private void open(long... jobIds) {
        model.jobs().select(Arrays.stream(jobIds).mapToObj(id -> row(id, "client-" + id)).toList());
        model.jobs().openSelected();
    }

    private List<String> failedItemsAsked(int since) {
        return demo.requests().subList(since, demo.requests().size()).stream().map(RecordedRequest::path)
                .filter(path -> path.endsWith("/FailedItems")).map(path -> path.replaceAll(".*/Job/(\\d+)/.*", "$1"))
                .toList();
    }

    @Test
    void theSelectedJobsOpenInOneTabAndTheOneThatFailsIsNamed() {
        open(DemoJobs.LIST_SAMPLE, DemoJobs.MISSING, DemoJobs.LINUX_SERVER);

        JobTab tab = model.selectedTabProperty().get();
        ManyJobsTable state = tab.many().stateProperty().get();
        assertThat(tab.titleBinding().get()).isEqualTo("3 jobs");
        assertThat(state.complete()).isTrue();
        assertThat(state.parts()).extracting(part -> part.job().jobId()).containsExactly(1001L, 1003L);
        assertThat(tab.many().failuresBinding().get()).isEqualTo("1 of 3 jobs could not be read: 4040 (not found)");
        assertThat(tab.table().totalCountProperty().get()).isEqualTo(2 + 150);
        assertThat(tab.table().tableProperty().get().cell(0, 1)).isEqualTo("client-1001");
        assertThat(model.messages().statusProperty().get()).startsWith("Read 2 of 3 jobs, 152 failed items")
                .endsWith("1 could not be read.");
        assertThat(model.busyBinding().get()).isFalse();
        assertThat(tab.many().runningProperty().get()).isFalse();
    }

    @Test
    void retryFetchesOnlyTheJobsThatFailedAndF5FetchesThemAll() {
        open(DemoJobs.LIST_SAMPLE, DemoJobs.MISSING);
        JobTab tab = model.selectedTabProperty().get();

        int before = demo.requests().size();
        tab.many().retry();
        assertThat(failedItemsAsked(before)).containsExactly("4040");
        assertThat(tab.table().totalCountProperty().get()).isEqualTo(2);
        assertThat(tab.many().stateProperty().get().failed()).hasSize(1);

        before = demo.requests().size();
        model.refresh();
        assertThat(failedItemsAsked(before)).containsExactlyInAnyOrder("1001", "4040");
        assertThat(model.tabs()).containsExactly(tab);
        assertThat(tab.table().totalCountProperty().get()).isEqualTo(2);
    }

    @Test
    void aLoginThatCannotBeRenewedOpensNoTabAndSaysWhatToDo() {
        demo.setRenewalEnabled(false);
        demo.expireAllTokens();

        open(DemoJobs.LIST_SAMPLE, DemoJobs.LINUX_SERVER);

        assertThat(model.tabs()).isEmpty();
        assertThat(model.messages().errorProperty().get()).contains("Log in again, then press F5");
        assertThat(model.busyBinding().get()).isFalse();
    }

    @Test
    void oneSelectedJobOpensInItsOwnTab() {
        model.jobs().select(List.of(row(DemoJobs.LIST_SAMPLE, "fileserver01")));
        model.jobs().openSelected();

        assertThat(model.selectedTabProperty().get().isOneJob()).isTrue();
        assertThat(model.selectedTabProperty().get().jobId()).isEqualTo(DemoJobs.LIST_SAMPLE);
    }
}

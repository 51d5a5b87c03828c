package app.fiv.ui.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import app.fiv.api.CommServeClient;
import app.fiv.api.Session;
import app.fiv.demo.DemoCommServe;
import app.fiv.demo.JobListQuirk;
import app.fiv.demo.RecordedRequest;
import app.fiv.joblist.JobLister;
import app.fiv.joblist.Lookback;
import app.fiv.session.Clients;
import app.fiv.session.SessionStore;
import app.fiv.settings.AppSettings;
import app.fiv.settings.FileTokenStore;
import app.fiv.testing.DemoLogins;
import app.fiv.testing.TestClients;
import app.fiv.ui.common.FakeClipboard;
import app.fiv.ui.common.StatusMessages;
import app.fiv.ui.session.FakeLogins;
import app.fiv.ui.session.SessionViewModel;
import app.fiv.ui.task.DirectTaskExecutor;
import app.fiv.ui.task.QueuedTaskExecutor;
import app.fiv.ui.task.TaskExecutor;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The jobs view-model against the demo CommServe's history at a fixed morning, tasks run at once or in a chosen order. */
class JobsViewModelTest {
    static final Instant MORNING = Instant.parse("2026-12-01T06:30:00Z");

    private static DemoCommServe demo;
    private static CommServeClient client;
    private final FakeLogins logins = new FakeLogins();
    private final FakeClipboard clipboard = new FakeClipboard();
    private final StatusMessages messages = new StatusMessages();
    private final List<Long> opened = new ArrayList<>();
    private Preferences preferences;
    private SessionViewModel session;

    @TempDir
    Path folder;

    @BeforeAll
    static void startDemo() throws Exception {
        demo = DemoCommServe.builder().clock(Clock.fixed(MORNING, ZoneOffset.UTC)).start();
        client = TestClients.json("jobs-vm-test");
    }

    @AfterAll
    static void stopDemo() {
        demo.close();
    }

    @BeforeEach
    void setUp() {
        preferences = Preferences.userRoot().node("app/fiv/tests/jobs-vm-" + System.nanoTime());
    }

    @AfterEach
    void tearDown() throws Exception {
        demo.setRenewalEnabled(true);
        preferences.removeNode();
    }

    private JobsViewModel model(TaskExecutor executor) {
        AppSettings settings = new AppSettings(preferences);
        SessionStore sessions = new SessionStore(settings, new FileTokenStore(folder.resolve("tokens.json")), Clients.of(client));
        session = new SessionViewModel(sessions, executor, messages);
        session.setLoginRequests(logins);
        return new JobsViewModel(new JobLister(Clock.fixed(MORNING, ZoneOffset.UTC)), session, new JobsSettings(settings),
                executor, messages, clipboard,
                opened::add, ZoneOffset.UTC);
    }

    private void logIn(DemoCommServe server) throws Exception {
        logins.logIn(session, DemoLogins.logIn(client, server));
    }

    private static List<Long> ids(JobsViewModel model) {
        return model.rowsProperty().get().stream().map(JobRow::jobId).toList();
    }

    private static long jobListRequests(DemoCommServe server) {
        return server.requests().stream().filter(r -> r.path().endsWith("/Job")).count();
    }

    @Test
    void whenShownItListsTheLastDaysBackupJobsWithFailuresNewestEndFirst() throws Exception {
        DirectTaskExecutor executor = new DirectTaskExecutor();
        JobsViewModel model = model(executor);
        model.showingProperty().set(true);

        logIn(demo);

        assertThat(model.rowsProperty().get()).hasSize(19).allMatch(JobRow::hasFailures);
        assertThat(ids(model).subList(0, 4)).containsExactly(41782L, 41771L, 41761L, 41768L);
        assertThat(ids(model)).contains(41746L);
        assertThat(model.countTextBinding().get()).isEqualTo("19 jobs with failures of 117");
        assertThat(model.listedTextBinding().get()).isEqualTo("Listed 06:30 · 117 jobs finished in the last 24 hours");
        assertThat(model.filters().choices()).isEqualTo(JobsChoices.DEFAULT);
        assertThat(model.sortKeysProperty().get()).isEqualTo(JobSortKey.DEFAULT);
        assertThat(executor.messages()).contains("Listing jobs… 100 of 117", "Listing jobs… 117 of 117");
        assertThat(model.busyProperty().get()).isFalse();
        assertThat(model.clientsProperty().get()).containsExactly("fs-win01", "fs-win02", "lnx-web01", "m365-exchange",
                "sql-fin01", "sql-prod01", "vcenter-prod");
    }

    @Test
    void nothingIsAskedUntilTheViewIsShown() throws Exception {
        JobsViewModel model = model(new DirectTaskExecutor());
        long before = jobListRequests(demo);

        logIn(demo);
        assertThat(jobListRequests(demo)).isEqualTo(before);
        assertThat(model.placeholderTextBinding().get()).isEqualTo("Press F5 or Refresh to list the jobs.");

        model.showingProperty().set(true);
        assertThat(jobListRequests(demo)).isEqualTo(before + 2);
        model.showingProperty().set(false);
        model.showingProperty().set(true);
        assertThat(jobListRequests(demo)).as("shown again: the list is there").isEqualTo(before + 2);
    }

    @Test
    void failuresClientAndQuickFilterNarrowTheListWithoutAskingAgain() throws Exception {
        JobsViewModel model = model(new DirectTaskExecutor());
        model.showingProperty().set(true);
        logIn(demo);
        long asked = jobListRequests(demo);

        model.filters().failuresOnlyProperty().set(false);
        assertThat(model.rowsProperty().get()).hasSize(117);
        assertThat(model.countTextBinding().get()).isEqualTo("117 jobs");

        model.filters().clientProperty().set("FS-WIN01");
        assertThat(model.rowsProperty().get()).isNotEmpty().allMatch(row -> row.client().equals("fs-win01"));
        assertThat(model.countTextBinding().get()).matches("[0-9]+ of 117 jobs");

        model.filters().clientProperty().set("");
        model.filters().failuresOnlyProperty().set(true);
        model.filters().textProperty().set("reporting");
        assertThat(ids(model)).containsExactly(41768L);
        assertThat(model.countTextBinding().get()).isEqualTo("1 job with failures of 117");
        model.setVisibleColumns(List.of(JobColumn.JOB_ID, JobColumn.STATUS));
        assertThat(ids(model)).as("only shown columns are searched").isEmpty();
        assertThat(model.placeholderTextBinding().get()).isEqualTo("No jobs with failures matching \"reporting\" in the"
                + " last 24 hours on this CommServe (117 other jobs finished then; change the filters to see them).");
        assertThat(jobListRequests(demo)).isEqualTo(asked);
    }

    @Test
    void sortsByAnyColumnAndBackToTheNewestEnd() throws Exception {
        JobsViewModel model = model(new DirectTaskExecutor());
        model.showingProperty().set(true);
        logIn(demo);

        model.sort(List.of(new JobSortKey(JobColumn.FAILED_FILES, false)));
        assertThat(ids(model).get(0)).isEqualTo(41739L);
        model.sort(List.of(new JobSortKey(JobColumn.STATUS, true), new JobSortKey(JobColumn.JOB_ID, true)));
        assertThat(model.rowsProperty().get().get(0).job().status()).isEqualTo("Failed");
        assertThat(model.rowsProperty().get().get(1).kind()).isEqualTo(JobStatusKind.ERRORS);
        assertThat(model.rowsProperty().get().get(18).job().jobId()).as("Completed with failed files: last").isEqualTo(41746L);
        model.sort(List.of());
        assertThat(model.sortKeysProperty().get()).isEqualTo(JobSortKey.DEFAULT);
        assertThat(ids(model).get(0)).isEqualTo(41782L);
    }

    @Test
    void theLookbackAndTheTypesAreAskedOfTheServer() throws Exception {
        JobsViewModel model = model(new DirectTaskExecutor());
        model.showingProperty().set(true);
        logIn(demo);

        model.filters().allTypesProperty().set(true);
        RecordedRequest allTypes = lastJobRequest();
        assertThat(allTypes.query()).contains("&jobFilter=&");
        assertThat(ids(model)).contains(41776L);
        assertThat(model.countTextBinding().get()).isEqualTo("20 jobs with failures of 119");

        model.filters().lookbackProperty().set(Lookback.parse("7d"));
        assertThat(lastJobRequest().query()).startsWith("completedJobLookupTime=604800&");
        assertThat(model.countTextBinding().get()).isEqualTo("125 jobs with failures of 836");
    }

    @Test
    void choicesAreRememberedForEachServer() throws Exception {
        JobsViewModel model = model(new DirectTaskExecutor());
        model.showingProperty().set(true);
        logIn(demo);
        model.filters().lookbackProperty().set(Lookback.parse("3d"));
        model.filters().failuresOnlyProperty().set(false);
        model.filters().clientProperty().set("fs-win02");
        model.filters().textProperty().set("not remembered");

        try (DemoCommServe other = DemoCommServe.builder().clock(Clock.fixed(MORNING, ZoneOffset.UTC)).start()) {
            logIn(other);
            assertThat(model.filters().choices()).as("another server: its own choices").isEqualTo(JobsChoices.DEFAULT);
            model.filters().allTypesProperty().set(true);
        }

        JobsViewModel later = model(new DirectTaskExecutor());
        later.showingProperty().set(true);
        logIn(demo);
        assertThat(later.filters().choices()).isEqualTo(new JobsChoices(Lookback.parse("3d"), false, false, "fs-win02"));
        assertThat(later.filters().textProperty().get()).isEmpty();
        assertThat(lastJobRequest().query()).startsWith("completedJobLookupTime=259200&").doesNotContain("jobFilter");
        assertThat(later.rowsProperty().get()).isNotEmpty().allMatch(row -> row.client().equals("fs-win02"));
        assertThat(later.clientsProperty().get()).contains("fs-win02");
    }

    @Test
    void aFailedListingKeepsTheListShownAndSaysWhy() throws Exception {
        JobsViewModel model = model(new DirectTaskExecutor());
        model.showingProperty().set(true);
        try (DemoCommServe own = DemoCommServe.builder().clock(Clock.fixed(MORNING, ZoneOffset.UTC)).start()) {
            logIn(own);
            List<Long> before = ids(model);
            own.close();

            model.refresh();

            assertThat(messages.errorProperty().get()).startsWith("The jobs could not be listed: ").contains("127.0.0.1:");
            assertThat(ids(model)).isEqualTo(before).hasSize(19);
            assertThat(model.countTextBinding().get()).isEqualTo("19 jobs with failures of 117");
            assertThat(model.busyProperty().get()).isFalse();
        }
    }

    @Test
    void aSessionThatCannotBeRenewedAsksForALoginAndListsAfterIt() throws Exception {
        JobsViewModel model = model(new DirectTaskExecutor());
        model.showingProperty().set(true);
        logIn(demo);
        demo.expireAllTokens();
        demo.setRenewalEnabled(false);

        model.refresh();

        assertThat(logins.reasons()).singleElement().asString().contains("has expired").contains("list its jobs");
        assertThat(logins.prefill()).get().satisfies(login -> assertThat(login.user()).isEqualTo("demo"));
        assertThat(model.rowsProperty().get()).hasSize(19);
        demo.setRenewalEnabled(true);
        long before = jobListRequests(demo);
        logins.answer(DemoLogins.logIn(client, demo));
        assertThat(jobListRequests(demo)).isGreaterThan(before);
        assertThat(messages.errorProperty().get()).isEmpty();
    }

    @Test
    void refreshingWithoutASessionAsksForALogin() {
        JobsViewModel model = model(new DirectTaskExecutor());

        model.refresh();

        assertThat(logins.reasons()).containsExactly("Log in to list the jobs of a CommServe.");
        assertThat(model.placeholderTextBinding().get()).isEqualTo("Log in to a CommServe to list the jobs that finished there.");
    }

    @Test
    void aListingOvertakenByANewerOneChangesNothing() throws Exception {
        QueuedTaskExecutor executor = new QueuedTaskExecutor();
        JobsViewModel model = model(executor);
        model.showingProperty().set(true);
        logins.logIn(session, DemoLogins.logIn(client, demo));
        executor.runAll();
        assertThat(model.rowsProperty().get()).hasSize(19);

        model.filters().lookbackProperty().set(Lookback.parse("7d"));
        model.filters().lookbackProperty().set(Lookback.parse("90m"));
        assertThat(model.busyProperty().get()).isTrue();
        executor.runNewest();
        executor.runAll();

        assertThat(model.listing().reportedTotal()).as("the 90-minute list").isEqualTo(5);
        assertThat(ids(model)).containsExactly(41782L);
        assertThat(model.busyProperty().get()).isFalse();
    }

    @Test
    void aCancelledListingLeavesTheListAsItWas() throws Exception {
        QueuedTaskExecutor executor = new QueuedTaskExecutor();
        JobsViewModel model = model(executor);
        model.showingProperty().set(true);
        logins.logIn(session, DemoLogins.logIn(client, demo));
        executor.runAll();

        model.refresh();
        assertThat(model.progressTextProperty().get()).isEqualTo("Listing jobs… 0");
        model.cancel();
        executor.runAll();

        assertThat(model.rowsProperty().get()).hasSize(19);
        assertThat(model.busyProperty().get()).isFalse();
        assertThat(model.progressTextProperty().get()).isEmpty();
        assertThat(messages.statusProperty().get()).contains("cancelled");
    }

    @Test
    void loggingOutEmptiesTheList() throws Exception {
        JobsViewModel model = model(new DirectTaskExecutor());
        model.showingProperty().set(true);
        logIn(demo);

        session.logOut();

        assertThat(model.rowsProperty().get()).isEmpty();
        assertThat(model.listing()).isNull();
        assertThat(model.countTextBinding().get()).isEmpty();
        assertThat(model.clientsProperty().get()).isEmpty();
    }

    @Test
    void anEmptyListSaysSoInWords() throws Exception {
        JobsViewModel model = model(new DirectTaskExecutor());
        model.showingProperty().set(true);
        try (DemoCommServe empty = DemoCommServe.builder().jobListQuirk(JobListQuirk.EMPTY_JOBS).start()) {
            logIn(empty);

            assertThat(model.rowsProperty().get()).isEmpty();
            assertThat(model.placeholderTextBinding().get())
                    .isEqualTo("No jobs with failures in the last 24 hours on this CommServe.");
            assertThat(model.listedTextBinding().get()).contains("0 jobs").contains("the CommServe said");
        }
    }

    @Test
    void actionsOpenTheJobCopyItsIdAndFeaturesAddTheirs() throws Exception {
        JobsViewModel model = model(new DirectTaskExecutor());
        model.showingProperty().set(true);
        logIn(demo);
        JobRow failed = model.rowsProperty().get().get(3);
        List<Long> resubmitted = new ArrayList<>();

        model.open(failed);
        model.actions().get(1).run().accept(failed.job());
        model.addAction(new JobAction("resubmit", "_Resubmit job…", job -> !job.status().equals("Running"),
                job -> resubmitted.add(job.jobId())));

        assertThat(opened).containsExactly(41768L);
        assertThat(clipboard.text()).isEqualTo("41768");
        assertThat(model.actions()).extracting(JobAction::id).containsExactly("open", "copy-id", "resubmit");
        model.actions().get(2).run().accept(failed.job());
        assertThat(resubmitted).containsExactly(41768L);
    }

    private static RecordedRequest lastJobRequest() {
        return demo.requests().stream().filter(r -> r.path().endsWith("/Job")).reduce((a, b) -> b).orElseThrow();
    }
}

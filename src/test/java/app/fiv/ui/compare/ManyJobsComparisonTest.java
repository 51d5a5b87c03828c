package app.fiv.ui.compare;

import static org.assertj.core.api.Assertions.assertThat;

import app.fiv.api.CancelSignal;
import app.fiv.api.CommServeClient;
import app.fiv.api.JobListQuery;
import app.fiv.api.JobSummary;
import app.fiv.compare.Change;
import app.fiv.compare.ComparedTable;
import app.fiv.compare.ComparisonCounts;
import app.fiv.demo.DemoCommServe;
import app.fiv.demo.DemoJobs;
import app.fiv.demo.RecordedRequest;
import app.fiv.joblist.JobLister;
import app.fiv.model.FailedItemsTable;
import app.fiv.multijob.ManyJobsTable;
import app.fiv.session.Clients;
import app.fiv.session.SessionStore;
import app.fiv.settings.AppSettings;
import app.fiv.settings.FileTokenStore;
import app.fiv.testing.DemoLogins;
import app.fiv.testing.TestClients;
import app.fiv.ui.common.FakeDialogs;
import app.fiv.ui.jobs.JobRow;
import app.fiv.ui.main.MainModels;
import app.fiv.ui.main.MainViewModel;
import app.fiv.ui.session.FakeLogins;
import app.fiv.ui.tabs.JobTab;
import app.fiv.ui.task.DirectTaskExecutor;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A tab of several of the demo's latest-night jobs compared with their previous runs over real
 * HTTP: each job's counts as when it is compared alone, the jobs left out named, F5, Stop.
 */
class ManyJobsComparisonTest {
    /** fs-win01 / Users, m365-exchange / usermailbox, vcenter-prod / Production VMs (see HOUSE.md). */
    private static final List<Long> SUBCLIENTS = List.of(3011L, 3061L, 3071L);
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
        client = TestClients.json("many-compare-test");
    }

    @AfterAll
    static void stopDemo() {
        demo.close();
    }

    @BeforeEach
    void setUp() throws Exception {
        preferences = Preferences.userRoot().node("app/fiv/tests/many-compare-" + System.nanoTime());
        AppSettings settings = new AppSettings(preferences);
        model = MainModels.create(new SessionStore(settings, new FileTokenStore(folder.resolve("tokens.json")),
                Clients.of(client)), executor, settings, logins, new FakeDialogs(), folder);
        logins.logIn(model.session(), DemoLogins.logIn(client, demo));
    }

    @AfterEach
    void tearDown() throws Exception {
        preferences.removeNode();
    }

    /** The latest run of each subclient, as the jobs view lists it. */
    private List<JobSummary> latestNight() throws Exception {
        List<JobSummary> listed = new JobLister().list(model.session().keeper().orElseThrow(),
                new JobListQuery(86_400, false, OptionalLong.empty()), JobLister.Progress.NONE, new CancelSignal()).jobs();
        List<JobSummary> latest = new ArrayList<>();
        for (long subclient : SUBCLIENTS) {
            latest.add(listed.stream().filter(job -> job.subclientId() == subclient && job.failedFiles() > 0)
                    .max(java.util.Comparator.comparingLong(JobSummary::jobId)).orElseThrow());
        }
        return latest;
    }

    /** A job the jobs view knows no start of: nothing to look back from, so no previous run. */
    private static JobSummary withoutStart(long jobId) {
        return new JobSummary(jobId, "Completed w/ one or more errors", "Backup", "", "", "", 100, Optional.empty(),
                Optional.empty(), 0, 1, 0, "demo-static", "default", "", "");
    }

    private JobTab openTogether(List<JobSummary> jobs) {
        model.jobs().select(jobs.stream().map(job -> JobRow.of(job, ZoneOffset.UTC)).toList());
        model.jobs().openSelected();
        JobTab tab = model.selectedTabProperty().get();
        assertThat(tab.isOneJob()).isFalse();
        assertThat(tab.many().stateProperty().get().complete()).isTrue();
        return tab;
    }

    /** Each job compared alone, in its own tab: its counts and the job it was compared with. */
    private record Alone(ComparisonCounts counts, long earlierJob) {
    }

    private Map<Long, Alone> eachAlone(List<JobSummary> jobs) {
        Map<Long, Alone> alone = new LinkedHashMap<>();
        for (JobSummary job : jobs) {
            model.fetch().open(job.jobId());
            JobTab tab = model.selectedTabProperty().get();
            tab.comparison().withPrevious();
            ComparedTable compared = tab.comparison().comparedProperty().get();
            assertThat(compared).as("job %d compared alone", job.jobId()).isNotNull();
            alone.put(job.jobId(), new Alone(compared.counts(), tab.comparison().earlierJobProperty().get().jobId()));
        }
        return alone;
    }

    /** Of the compared table, the rows of this change whose Job ID is {@code jobId}. */
    private static long rowsOf(ComparedTable compared, Change change, long jobId) {
        FailedItemsTable table = compared.table();
        int id = table.columnIndex(ManyJobsTable.JOB_ID);
        long count = 0;
        for (int row = 0; row < table.rowCount(); row++) {
            if (compared.change(row) == change && table.cell(row, id).equals(Long.toString(jobId))) {
                count++;
            }
        }
        return count;
    }

    @Test
    void eachJobIsComparedWithItsOwnPreviousRunAsWhenComparedAlone() throws Exception {
        List<JobSummary> jobs = latestNight();
        List<JobSummary> asked = new ArrayList<>(jobs);
        asked.add(withoutStart(DemoJobs.LIST_SAMPLE));
        JobTab tab = openTogether(asked);
        int ownRows = tab.table().totalCountProperty().get();

        tab.comparison().withPrevious();

        ComparedTable compared = tab.comparison().comparedProperty().get();
        assertThat(compared).isNotNull();
        assertThat(tab.comparison().phaseProperty().get()).isEqualTo(JobComparison.Phase.SHOWN);
        assertThat(compared.table().columns().subList(0, 4)).containsExactly("Change", "Job ID", "Client", "Subclient");
        Map<Long, Alone> alone = eachAlone(jobs);
        int added = 0;
        int still = 0;
        int fixed = 0;
        for (JobSummary job : jobs) {
            Alone one = alone.get(job.jobId());
            assertThat(rowsOf(compared, Change.NEW, job.jobId())).as("new of %d", job.jobId()).isEqualTo(one.counts().added());
            assertThat(rowsOf(compared, Change.STILL_FAILING, job.jobId())).as("still failing of %d", job.jobId())
                    .isEqualTo(one.counts().stillFailing());
            // A fixed row is the earlier job's: its Job ID is that job's, never the tab's.
            assertThat(rowsOf(compared, Change.FIXED, job.jobId())).isZero();
            assertThat(rowsOf(compared, Change.FIXED, one.earlierJob())).as("fixed since %d", one.earlierJob())
                    .isEqualTo(one.counts().fixed());
            added += one.counts().added();
            still += one.counts().stillFailing();
            fixed += one.counts().fixed();
        }
        assertThat(added).isPositive();
        assertThat(fixed).isPositive();
        assertThat(compared.counts()).isEqualTo(new ComparisonCounts(added, still, fixed,
                alone.values().stream().mapToInt(one -> one.counts().reasonChanged()).sum()));
        // The job without a previous run is left out, and said so; its rows are not in the comparison.
        assertThat(compared.counts().rows() - fixed).isLessThan(ownRows);
        assertThat(rowsOf(compared, Change.NEW, DemoJobs.LIST_SAMPLE)).isZero();
        assertThat(tab.comparison().lineBinding().get()).isEqualTo(CountsLine.ofMany(compared.counts(), 3, 4,
                List.of(DemoJobs.LIST_SAMPLE + " (no previous run)"), -1));
        assertThat(tab.comparison().lineBinding().get()).contains(" fixed since the previous runs of 3 of 4 jobs")
                .endsWith("not compared, their rows left out: " + DemoJobs.LIST_SAMPLE + " (no previous run)");
    }

    @Test
    void theChangeFilterAndReasonsWorkOnItAndStopShowsTheJobsOwnRows() throws Exception {
        JobTab tab = openTogether(latestNight());
        int ownRows = tab.table().totalCountProperty().get();
        tab.comparison().withPrevious();
        ComparisonCounts counts = tab.comparison().comparedProperty().get().counts();

        tab.table().changeFilterProperty().set(Change.FIXED.text());
        assertThat(tab.table().shownCountProperty().get()).isEqualTo(counts.fixed());
        assertThat(tab.table().reasonsProperty().get().stream().mapToLong(reason -> reason.count()).sum())
                .isEqualTo(counts.fixed());

        tab.comparison().stop();
        assertThat(tab.table().totalCountProperty().get()).isEqualTo(ownRows);
        assertThat(tab.comparison().phaseProperty().get()).isEqualTo(JobComparison.Phase.OFF);
    }

    @Test
    void f5ComparesTheNewRowsWithTheSameEarlierRunsWithoutFetchingThemAgain() throws Exception {
        JobTab tab = openTogether(latestNight());
        tab.comparison().withPrevious();
        ComparisonCounts first = tab.comparison().comparedProperty().get().counts();

        int before = demo.requests().size();
        model.refresh();

        List<String> fetched = demo.requests().subList(before, demo.requests().size()).stream()
                .map(RecordedRequest::path).filter(path -> path.endsWith("/FailedItems")).toList();
        assertThat(fetched).hasSize(3); // the tab's three jobs, not their earlier runs
        assertThat(tab.comparison().phaseProperty().get()).isEqualTo(JobComparison.Phase.SHOWN);
        assertThat(tab.comparison().comparedProperty().get().counts()).isEqualTo(first);
    }

    @Test
    void compareWithAJobChosenIsForOneJobAndSaysSo() throws Exception {
        JobTab tab = openTogether(latestNight());

        tab.comparison().with(40000);

        assertThat(model.messages().errorProperty().get()).contains("compares each job with its own previous run");
        assertThat(tab.comparison().phaseProperty().get()).isEqualTo(JobComparison.Phase.OFF);
    }

    @Test
    void noneComparedSaysWhyAndLeavesTheRows() throws Exception {
        JobTab tab = openTogether(List.of(withoutStart(DemoJobs.LIST_SAMPLE), withoutStart(DemoJobs.LINUX_SERVER)));

        tab.comparison().withPrevious();

        assertThat(tab.comparison().phaseProperty().get()).isEqualTo(JobComparison.Phase.NOTHING);
        assertThat(tab.comparison().comparedProperty().get()).isNull();
        assertThat(tab.comparison().lineBinding().get()).startsWith("None of the 2 jobs could be compared with a previous run: "
                + DemoJobs.LIST_SAMPLE + " (no previous run), " + DemoJobs.LINUX_SERVER + " (no previous run)");
    }
}

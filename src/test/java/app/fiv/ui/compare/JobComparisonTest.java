package app.fiv.ui.compare;

import static org.assertj.core.api.Assertions.assertThat;

import app.fiv.api.CommServeClient;
import app.fiv.api.Session;
import app.fiv.compare.ComparedTable;
import app.fiv.demo.DemoCommServe;
import app.fiv.known.KnownRule;
import app.fiv.known.KnownRules;
import app.fiv.known.ReasonMatch;
import app.fiv.model.FailedItemsTable;
import app.fiv.model.ReasonCount;
import app.fiv.session.Clients;
import app.fiv.session.SessionStore;
import app.fiv.settings.AppSettings;
import app.fiv.settings.FileTokenStore;
import app.fiv.testing.DemoJobLists;
import app.fiv.testing.DemoLogins;
import app.fiv.testing.TestClients;
import app.fiv.ui.common.FakeDialogs;
import app.fiv.ui.main.MainModels;
import app.fiv.ui.main.MainViewModel;
import app.fiv.ui.session.FakeLogins;
import app.fiv.ui.tabs.JobTab;
import app.fiv.ui.task.DirectTaskExecutor;
import app.fiv.ui.task.QueuedTaskExecutor;
import app.fiv.ui.task.TaskExecutor;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Comparing a job's tab with its previous run, or another job, against the demo CommServe over real HTTP. */
class JobComparisonTest {
    private static final int FS_WIN01_DEPARTMENTS = 3012;
    private static DemoCommServe demo;
    private final FakeLogins logins = new FakeLogins();
    private final FakeDialogs dialogs = new FakeDialogs();
    private Preferences preferences;
    private MainViewModel model;

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

    private Session logIn(TaskExecutor executor) throws Exception {
        CommServeClient client = TestClients.json("compare-test");
        preferences = Preferences.userRoot().node("app/fiv/tests/compare-" + System.nanoTime());
        AppSettings settings = new AppSettings(preferences);
        model = MainModels.create(new SessionStore(settings, new FileTokenStore(folder.resolve("tokens.json")),
                Clients.of(client)), executor, settings, logins, dialogs, folder);
        Session session = DemoLogins.logIn(client, demo);
        logins.logIn(model.session(), session);
        return session;
    }

    @AfterEach
    void tearDown() throws Exception {
        if (preferences != null) {
            preferences.removeNode();
        }
    }

    private JobTab open(long jobId) {
        model.fetch().open(jobId);
        JobTab tab = model.selectedTabProperty().get();
        assertThat(tab.jobId()).isEqualTo(jobId);
        return tab;
    }

    /** The runs of one fs-win01 subclient, newest first. */
    private static List<JsonNode> runs(Session session, int subclientId) {
        return DemoJobLists.list(session, "completedJobLookupTime=1296000&jobCategory=Finished&clientId="
                + DemoJobLists.FS_WIN01).stream()
                .filter(job -> job.path("subclient").path("subclientId").asInt() == subclientId).toList();
    }

    @Test
    void comparingWithThePreviousRunShowsTheChangeFirstTheCountsAndTheEarlierReasonLast() throws Exception {
        Session session = logIn(new DirectTaskExecutor());
        List<JsonNode> users = runs(session, DemoJobLists.FS_WIN01_USERS);
        long latest = users.get(0).path("jobId").asLong();
        long previous = users.get(1).path("jobId").asLong();
        JobTab tab = open(latest);
        int ownRows = tab.table().totalCountProperty().get();

        tab.comparison().withPrevious();

        ComparedTable compared = tab.comparison().comparedProperty().get();
        assertThat(compared).isNotNull();
        assertThat(tab.comparison().earlierJobProperty().get().jobId()).isEqualTo(previous);
        FailedItemsTable shown = tab.table().tableProperty().get();
        assertThat(shown.columns().get(0)).isEqualTo("Change");
        assertThat(shown.columns().get(shown.columnCount() - 1)).isEqualTo("Earlier reason");
        assertThat(tab.table().changeColumnProperty().get()).isZero();
        var counts = compared.counts();
        assertThat(counts.added() + counts.stillFailing()).as("every row of this job").isEqualTo(ownRows);
        assertThat(counts.fixed()).as("the demo's Users job has fixed files last night").isPositive();
        assertThat(counts.reasonChanged()).as("one locked file changed its reason").isEqualTo(1);
        assertThat(tab.comparison().lineBinding().get()).isEqualTo(counts.added() + " new · " + counts.stillFailing()
                + " still failing (1 with another reason) · " + counts.fixed() + " fixed since "
                + CountsLine.job(tab.comparison().earlierJobProperty().get(), ZoneId.systemDefault()));
        assertThat(tab.table().totalCountProperty().get()).isEqualTo(counts.rows());
        assertThat(model.messages().statusProperty().get()).startsWith("Compared job " + latest + " with job " + previous);
    }

    @Test
    void theChangeFilterCombinesWithTheTextFilterAndTheReasonsCountWhatIsShown() throws Exception {
        Session session = logIn(new DirectTaskExecutor());
        JobTab tab = open(runs(session, DemoJobLists.FS_WIN01_USERS).get(0).path("jobId").asLong());
        tab.comparison().withPrevious();
        var counts = tab.comparison().comparedProperty().get().counts();

        tab.table().changeFilterProperty().set("fixed");

        assertThat(tab.table().shownCountProperty().get()).isEqualTo(counts.fixed());
        assertThat(tab.table().reasonsProperty().get().stream().mapToInt(ReasonCount::count).sum())
                .as("the reasons of the fixed rows only").isEqualTo(counts.fixed());
        FailedItemsTable table = tab.table().tableProperty().get();
        assertThat(tab.table().rowsProperty().get()).allMatch(row -> table.cell(row, 0).equals("fixed"));

        int path = table.columnIndex("entity");
        String user = "amartin";
        tab.table().filterTextProperty().set(user);
        for (String change : List.of("new", "still failing", "fixed")) {
            tab.table().changeFilterProperty().set(change);
            long expected = java.util.stream.IntStream.range(0, table.rowCount())
                    .filter(row -> table.cell(row, 0).equals(change) && table.cell(row, path).contains(user)).count();
            assertThat(tab.table().shownCountProperty().get()).as(change + " rows of " + user).isEqualTo((int) expected);
            assertThat(tab.table().rowsProperty().get()).allMatch(row -> table.cell(row, 0).equals(change));
        }

        tab.table().changeFilterProperty().set(null);
        tab.table().filterTextProperty().set("");
        assertThat(tab.table().shownCountProperty().get()).isEqualTo(counts.rows());
        assertThat(tab.table().reasonsProperty().get().stream().mapToInt(ReasonCount::count).sum()).isEqualTo(counts.rows());
    }

    @Test
    void stopComparingReturnsToTheJobsOwnRows() throws Exception {
        Session session = logIn(new DirectTaskExecutor());
        JobTab tab = open(runs(session, DemoJobLists.FS_WIN01_USERS).get(0).path("jobId").asLong());
        List<String> own = tab.table().tableProperty().get().columns();
        int ownRows = tab.table().totalCountProperty().get();
        tab.comparison().withPrevious();
        tab.table().changeFilterProperty().set("new");

        tab.comparison().stop();

        assertThat(tab.table().tableProperty().get().columns()).isEqualTo(own);
        assertThat(tab.table().totalCountProperty().get()).isEqualTo(ownRows);
        assertThat(tab.table().shownCountProperty().get()).as("no change filter left over").isEqualTo(ownRows);
        assertThat(tab.table().changeFilterProperty().get()).isNull();
        assertThat(tab.comparison().phaseProperty().get()).isEqualTo(JobComparison.Phase.OFF);
        assertThat(tab.comparison().lineBinding().get()).isEmpty();
    }

    @Test
    void theFirstRunOfASubclientHasNoPreviousRunAndSaysSoWithoutTouchingTheTable() throws Exception {
        Session session = logIn(new DirectTaskExecutor());
        List<JsonNode> users = runs(session, DemoJobLists.FS_WIN01_USERS);
        JobTab tab = open(users.get(users.size() - 1).path("jobId").asLong());
        FailedItemsTable before = tab.table().tableProperty().get();

        tab.comparison().withPrevious();

        assertThat(tab.comparison().phaseProperty().get()).isEqualTo(JobComparison.Phase.NOTHING);
        assertThat(tab.comparison().lineBinding().get()).startsWith("No previous run of job " + tab.jobId() + " was found")
                .contains("fs-win01 / Users");
        assertThat(tab.table().tableProperty().get()).isSameAs(before);
        assertThat(tab.comparison().earlierJobProperty().get()).isNull();
    }

    @Test
    void aPreviousRunWithoutFailedItemsIsToldAndNothingIsCompared() throws Exception {
        Session session = logIn(new DirectTaskExecutor());
        List<JsonNode> departments = runs(session, FS_WIN01_DEPARTMENTS);
        int clean = -1;
        for (int i = 1; i < departments.size() && clean < 0; i++) {
            if (departments.get(i).path("totalFailedFiles").asInt() == 0 && departments.get(i).path("totalFailedFolders").asInt() == 0) {
                clean = i;
            }
        }
        assertThat(clean).as("the demo has a Departments run without failures").isPositive();
        JobTab tab = open(departments.get(clean - 1).path("jobId").asLong());
        FailedItemsTable before = tab.table().tableProperty().get();

        tab.comparison().withPrevious();

        assertThat(tab.comparison().phaseProperty().get()).isEqualTo(JobComparison.Phase.NOTHING);
        assertThat(tab.comparison().lineBinding().get()).startsWith("The previous run, job "
                + departments.get(clean).path("jobId").asLong()).endsWith("has no failed items, so there is nothing to compare with.");
        assertThat(tab.table().tableProperty().get()).isSameAs(before);
    }

    @Test
    void aJobThatCannotBeReadIsAnErrorAndTheComparisonShownStays() throws Exception {
        Session session = logIn(new DirectTaskExecutor());
        JobTab tab = open(runs(session, DemoJobLists.FS_WIN01_USERS).get(0).path("jobId").asLong());
        tab.comparison().withPrevious();
        FailedItemsTable compared = tab.table().tableProperty().get();
        String line = tab.comparison().lineBinding().get();

        tab.comparison().with(4040);

        assertThat(model.messages().errorProperty().get()).contains("4040");
        assertThat(tab.table().tableProperty().get()).isSameAs(compared);
        assertThat(tab.comparison().lineBinding().get()).isEqualTo(line);
        assertThat(tab.comparison().phaseProperty().get()).isEqualTo(JobComparison.Phase.SHOWN);
    }

    @Test
    void compareWithJobAsksForAnIdAndRefusesTheTabsOwnJob() throws Exception {
        Session session = logIn(new DirectTaskExecutor());
        List<JsonNode> users = runs(session, DemoJobLists.FS_WIN01_USERS);
        long latest = users.get(0).path("jobId").asLong();
        long older = users.get(3).path("jobId").asLong();
        JobTab tab = open(latest);
        dialogs.answerText("Job ID: " + older);

        tab.comparison().askForJob();

        assertThat(tab.comparison().earlierJobProperty().get().jobId()).isEqualTo(older);
        assertThat(tab.comparison().lineBinding().get()).contains("since job " + older);
        var question = dialogs.questionsAsked().get(0);
        assertThat(question.problem().apply(Long.toString(latest))).get().asString().contains("this tab's job");
        assertThat(question.problem().apply("12a")).get().asString().contains("not a job ID");
        assertThat(question.problem().apply(" " + older + " ")).isEmpty();
    }

    @Test
    void withKnownFailuresTheLineCountsTheNewRowsNoRuleNames() throws Exception {
        Session session = logIn(new DirectTaskExecutor());
        JobTab tab = open(runs(session, DemoJobLists.FS_WIN01_USERS).get(0).path("jobId").asLong());
        tab.comparison().withPrevious();
        FailedItemsTable compared = tab.table().tableProperty().get();
        int reason = compared.columnIndex("failureReason");
        String accepted = "Access is denied.";
        int newAndAccepted = 0;
        for (int row = 0; row < compared.rowCount(); row++) {
            if (compared.cell(row, 0).equals("new") && compared.cell(row, reason).equals(accepted)) {
                newAndAccepted++;
            }
        }
        int added = tab.comparison().comparedProperty().get().counts().added();

        tab.knownBook().getValue().save(KnownRules.of(List.of(KnownRule.of(accepted, ReasonMatch.EXACT, "", "", "ok"))),
                "added");

        FailedItemsTable marked = tab.table().tableProperty().get();
        assertThat(marked.columns().subList(0, 2)).containsExactly("Known", "Change");
        assertThat(tab.table().changeColumnProperty().get()).isEqualTo(1);
        assertThat(tab.comparison().lineBinding().get()).endsWith(" · " + (added - newAndAccepted) + " new and not known");
        tab.table().changeFilterProperty().set("new");
        assertThat(tab.table().shownCountProperty().get()).isEqualTo(added);
    }

    @Test
    void theTrendListsTheSubclientsRunsWithTheTabsJobAndTheOneComparedWith() throws Exception {
        Session session = logIn(new DirectTaskExecutor());
        List<JsonNode> users = runs(session, DemoJobLists.FS_WIN01_USERS);
        JobTab tab = open(users.get(0).path("jobId").asLong());

        tab.comparison().withPrevious();

        List<TrendRun> runs = tab.trend().runsProperty().get();
        assertThat(runs).extracting(TrendRun::jobId)
                .contains(users.get(0).path("jobId").asLong(), users.get(1).path("jobId").asLong())
                .isSortedAccordingTo(java.util.Comparator.naturalOrder());
        TrendRun latest = runs.get(runs.size() - 1);
        assertThat(latest.failed()).isEqualTo(users.get(0).path("totalFailedFiles").asLong()
                + users.get(0).path("totalFailedFolders").asLong());
        assertThat(tab.trend().noteProperty().get()).contains(runs.size() + " runs of fs-win01 / Users");
    }

    @Test
    void closingTheTabStopsTheComparisonsWork() throws Exception {
        QueuedTaskExecutor executor = new QueuedTaskExecutor();
        Session session = logIn(executor);
        long latest = runs(session, DemoJobLists.FS_WIN01_USERS).get(0).path("jobId").asLong();
        model.fetch().open(latest);
        executor.runAll();
        JobTab tab = model.selectedTabProperty().get();
        executor.runAll();
        int asked = demo.requests().size();
        tab.comparison().withPrevious();
        assertThat(tab.comparison().phaseProperty().get()).isEqualTo(JobComparison.Phase.WORKING);

        model.fetch().closeTab(tab);
        executor.runAll();

        assertThat(tab.comparison().comparedProperty().get()).isNull();
        assertThat(demo.requests().subList(asked, demo.requests().size())).as("nothing asked once the tab closed").isEmpty();
    }

    @Test
    void theJobsViewComparesASelectedJobWithItsPreviousRunInItsTab() throws Exception {
        Session session = logIn(new DirectTaskExecutor());
        List<JsonNode> users = runs(session, DemoJobLists.FS_WIN01_USERS);
        model.jobs().refresh();
        var listed = model.jobs().rowsProperty().get().stream()
                .filter(row -> row.job().jobId() == users.get(0).path("jobId").asLong()).findFirst().orElseThrow();
        var compare = model.jobs().actions().stream().filter(action -> action.id().equals("compare")).findFirst()
                .orElseThrow();

        compare.run().accept(listed.job());

        JobTab tab = model.selectedTabProperty().get();
        assertThat(tab.jobId()).isEqualTo(listed.job().jobId());
        assertThat(tab.comparison().earlierJobProperty().get().jobId()).isEqualTo(users.get(1).path("jobId").asLong());
        assertThat(tab.table().changeColumnProperty().get()).isZero();

        tab.comparison().stop();
        model.showJobs();
        compare.run().accept(listed.job());
        assertThat(model.selectedTabProperty().get()).as("its open tab, compared again").isSameAs(tab);
        assertThat(tab.comparison().phaseProperty().get()).isEqualTo(JobComparison.Phase.SHOWN);
        assertThat(model.tabs()).hasSize(1);
    }
}

package app.fiv.ui.jobdetails;

import static org.assertj.core.api.Assertions.assertThat;

import app.fiv.api.EventSeverity;
import app.fiv.api.JobDetails;
import app.fiv.api.JobEvent;
import app.fiv.api.Session;
import app.fiv.api.VmOutcome;
import app.fiv.demo.DemoCommServe;
import app.fiv.demo.DemoJobs;
import app.fiv.testing.DemoJobLists;
import app.fiv.ui.jobactions.ActionsFixture;
import app.fiv.ui.task.DirectTaskExecutor;
import app.fiv.ui.task.QueuedTaskExecutor;
import java.nio.file.Path;
import java.util.Comparator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A job tab's details and events, loaded when first shown, against the demo server. */
class JobDetailsModelTest {
    private final DirectTaskExecutor executor = new DirectTaskExecutor();
    private DemoCommServe demo;
    private ActionsFixture fixture;

    @TempDir
    Path folder;

    @BeforeEach
    void setUp() throws Exception {
        demo = DemoCommServe.start();
        fixture = new ActionsFixture(executor, folder);
    }

    @AfterEach
    void tearDown() throws Exception {
        demo.setRenewalEnabled(true);
        fixture.close();
        demo.close();
    }

    private JobDetailsModel model(long jobId) {
        return new JobDetailsModel(demo.webServiceUrl(), jobId, fixture.actions());
    }

    private long requests(String pathEnd) {
        return demo.requests().stream().filter(r -> r.path().endsWith(pathEnd)).count();
    }

    @Test
    void nothingLoadsUntilShownAndWithoutASessionItSaysSo() {
        JobDetailsModel model = model(DemoJobs.LIST_SAMPLE);
        assertThat(model.details().stateProperty().get()).isEqualTo(PartState.NOT_LOADED);

        model.details().show();

        assertThat(model.details().stateProperty().get()).isEqualTo(PartState.NEEDS_LOGIN);
        assertThat(model.details().noteProperty().get()).isEqualTo("Log in to see the job's details.");
        assertThat(demo.requests()).isEmpty();
    }

    @Test
    void aVmJobsDetailsListTheFailedVmsFirst() throws Exception {
        Session session = fixture.logIn(demo);
        JobDetailsModel model = model(DemoJobLists.latestRun(session, DemoJobLists.VCENTER, DemoJobLists.VCENTER_PRODUCTION));

        model.details().show();

        assertThat(model.details().stateProperty().get()).isEqualTo(PartState.SHOWN);
        assertThat(model.details().noteProperty().get()).isEmpty();
        assertThat(model.virtualMachines()).hasSize(12);
        assertThat(model.virtualMachines().subList(0, 2)).extracting(JobDetails.VirtualMachine::name)
                .containsExactly("vm-sql-test03", "vm-web-02");
        assertThat(model.virtualMachines()).extracting(JobDetails.VirtualMachine::outcome)
                .isSortedAccordingTo(Comparator.naturalOrder()).startsWith(VmOutcome.FAILED, VmOutcome.FAILED);
        assertThat(model.attempts()).isNotEmpty();
        assertThat(requests("/Events")).as("events load only when shown").isZero();
    }

    @Test
    void eventsMostSevereFirstAndFiltered() throws Exception {
        Session session = fixture.logIn(demo);
        JobDetailsModel model = model(DemoJobLists.latestRun(session, DemoJobLists.VCENTER, DemoJobLists.VCENTER_PRODUCTION));

        model.events().show();

        EventsModel events = model.eventsTable();
        int all = events.all().size();
        assertThat(all).isGreaterThan(3);
        assertThat(events.shown()).extracting(JobEvent::severity).isSortedAccordingTo(Comparator.reverseOrder())
                .startsWith(EventSeverity.CRITICAL);
        assertThat(events.countText().get()).isEqualTo(all + " events");

        events.lowestSeverityProperty().set(EventSeverity.MAJOR);
        assertThat(events.shown()).isNotEmpty().allMatch(e -> e.severity().compareTo(EventSeverity.MAJOR) >= 0);
        assertThat(events.countText().get()).isEqualTo(events.shown().size() + " / " + all + " events");

        events.lowestSeverityProperty().set(EventSeverity.INFORMATION);
        events.filterTextProperty().set("VM-SQL-TEST03");
        assertThat(events.shown()).isNotEmpty().allMatch(e -> e.description().contains("vm-sql-test03"));
        events.filterTextProperty().set("19:15");
        assertThat(events.shown()).isNotEmpty().allMatch(e -> e.code().startsWith("19:15"));
    }

    @Test
    void aServerWithoutTheEndpointsHidesThemForEveryJobAndAsksOnce() throws Exception {
        try (DemoCommServe older = DemoCommServe.builder().withoutJobActions().start()) {
            fixture.logIn(older);
            JobDetailsModel first = new JobDetailsModel(older.webServiceUrl(), DemoJobs.LIST_SAMPLE, fixture.actions());
            JobDetailsModel second = new JobDetailsModel(older.webServiceUrl(), DemoJobs.CSV_SAMPLE, fixture.actions());

            first.details().show();
            first.events().show();
            second.details().show();
            second.details().load();

            for (LoadedPart<?> part : new LoadedPart<?>[] {first.details(), first.events(), second.details()}) {
                assertThat(part.stateProperty().get()).isEqualTo(PartState.UNAVAILABLE);
                assertThat(part.noteProperty().get()).contains("does not offer job ", "older service pack",
                        "everything else still work");
            }
            assertThat(older.requests().stream().filter(r -> r.path().endsWith("/JobDetails")).count()).isEqualTo(1);
            assertThat(executor.unhandledFailures()).isEmpty();
        }
    }

    @Test
    void refreshReloadsOnlyThePartsShownAndAFailedReloadKeepsWhatWasShown() throws Exception {
        fixture.logIn(demo);
        JobDetailsModel model = model(DemoJobs.LIST_SAMPLE);
        model.details().show();
        JobDetails shown = model.details().valueProperty().get();

        model.refresh();
        assertThat(requests("/JobDetails")).isEqualTo(2);
        assertThat(requests("/Events")).isZero();

        demo.setRenewalEnabled(false);
        demo.expireAllTokens();
        model.refresh();

        assertThat(model.details().stateProperty().get()).isEqualTo(PartState.FAILED);
        assertThat(model.details().noteProperty().get()).startsWith("Could not load the job's details: ");
        assertThat(model.details().valueProperty().get()).isEqualTo(shown);
    }

    @Test
    void closingTheTabStopsALoadStillRunning() throws Exception {
        QueuedTaskExecutor queued = new QueuedTaskExecutor();
        try (ActionsFixture later = new ActionsFixture(queued, folder.resolve("q"))) {
            later.logIn(demo);
            queued.runAll();
            JobDetailsModel model = new JobDetailsModel(demo.webServiceUrl(), DemoJobs.LIST_SAMPLE, later.actions());
            model.events().show();
            assertThat(model.events().stateProperty().get()).isEqualTo(PartState.LOADING);

            model.close();
            queued.runAll();

            assertThat(model.events().stateProperty().get()).isEqualTo(PartState.NOT_LOADED);
            assertThat(model.eventsTable().all()).isEmpty();
            assertThat(requests("/Events")).isZero();
        }
    }
}

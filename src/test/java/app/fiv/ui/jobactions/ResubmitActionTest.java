package app.fiv.ui.jobactions;

import static org.assertj.core.api.Assertions.assertThat;

import app.fiv.demo.DemoCommServe;
import app.fiv.demo.DemoJobs;
import app.fiv.demo.RecordedRequest;
import app.fiv.ui.task.DirectTaskExecutor;
import app.fiv.ui.task.QueuedTaskExecutor;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reusable "Resubmit job…" against the demo server, with tasks run on the test's thread. */
class ResubmitActionTest {
    private final DirectTaskExecutor executor = new DirectTaskExecutor();
    private final FakeConfirmation confirmation = new FakeConfirmation();
    private DemoCommServe demo;
    private ActionsFixture fixture;
    private ResubmitAction resubmit;

    @TempDir
    Path folder;

    @BeforeEach
    void setUp() throws Exception {
        demo = DemoCommServe.start();
        fixture = new ActionsFixture(executor, folder);
        resubmit = fixture.actions().resubmit();
        resubmit.setConfirmation(confirmation);
    }

    @AfterEach
    void tearDown() throws Exception {
        fixture.close();
        demo.close();
    }

    private ResubmitTarget job(long jobId, String status) {
        return new ResubmitTarget(demo.webServiceUrl(), jobId, "fileserver01", "default", status);
    }

    private List<RecordedRequest> resubmits(DemoCommServe server) {
        return server.requests().stream().filter(r -> r.path().endsWith("/action/Resubmit")).toList();
    }

    private String status() {
        return fixture.model.messages().statusProperty().get();
    }

    private String error() {
        return fixture.model.messages().errorProperty().get();
    }

    @Test
    void withoutASessionItIsUnavailableAndAsksNothing() {
        ResubmitTarget job = job(DemoJobs.LIST_SAMPLE, "Completed");

        assertThat(resubmit.unavailableBecause(job)).hasValue("Log in to resubmit job 1001.");
        resubmit.resubmit(job);

        assertThat(confirmation.asked()).isEmpty();
        assertThat(status()).isEqualTo("Log in to resubmit job 1001.");
        assertThat(demo.requests()).isEmpty();
    }

    @Test
    void cancelInTheConfirmationSendsNothing() throws Exception {
        fixture.logIn(demo);
        ResubmitTarget job = job(DemoJobs.LIST_SAMPLE, "Completed w/ one or more errors");

        resubmit.resubmit(job);

        assertThat(confirmation.asked()).containsExactly(job);
        assertThat(resubmits(demo)).isEmpty();
        assertThat(status()).isEqualTo("Job 1001 was not resubmitted.");
    }

    @Test
    void confirmedItResubmitsOnceAndTellsTheNewJob() throws Exception {
        fixture.logIn(demo);
        List<ResubmitAction.Resubmitted> told = new ArrayList<>();
        resubmit.onResubmitted(told::add);
        confirmation.answer(true);
        ResubmitTarget job = job(DemoJobs.LIST_SAMPLE, "Completed w/ one or more errors");

        resubmit.resubmit(job);

        assertThat(resubmits(demo)).singleElement().satisfies(r -> assertThat(r.method()).isEqualTo("POST"));
        assertThat(told).singleElement().satisfies(r -> {
            assertThat(r.job()).isEqualTo(job);
            assertThat(r.newJobId()).isGreaterThanOrEqualTo(60000);
        });
        assertThat(status()).isEqualTo("Resubmitted job 1001 (fileserver01 / default): the new job is " + told.get(0).newJobId() + ".");
        assertThat(error()).isEmpty();
        assertThat(resubmit.busyProperty().get()).isFalse();
    }

    @Test
    void aRefusalShowsTheServersMessage() throws Exception {
        fixture.logIn(demo);
        confirmation.answer(true);

        resubmit.resubmit(job(DemoJobs.EMPTY_BODY, "Completed"));

        assertThat(error()).contains("did not resubmit job 2001", "does not have the Job Management permission");
        assertThat(resubmit.unavailableBecause(job(DemoJobs.EMPTY_BODY, "Completed"))).isEmpty();
        assertThat(executor.unhandledFailures()).isEmpty();
    }

    @Test
    void anActiveJobOrAnotherServersJobIsUnavailable() throws Exception {
        fixture.logIn(demo);

        assertThat(resubmit.unavailableBecause(job(41000, "Running"))).hasValue(
                "Job 41000 is still running; only a finished job can be resubmitted.");
        assertThat(resubmit.unavailableBecause(job(41000, "Suspended"))).isPresent();
        ResubmitTarget elsewhere = new ResubmitTarget(URI.create("https://cs2.example.com/commandcenter/api"), 5, "c", "s", "Failed");
        assertThat(resubmit.unavailableBecause(elsewhere)).hasValueSatisfying(why -> assertThat(why).contains("came from cs2.example.com"));
        resubmit.resubmit(elsewhere);
        assertThat(confirmation.asked()).isEmpty();
    }

    @Test
    void theBindingFollowsTheSessionTheJobAndAResubmitOnItsWay() throws Exception {
        QueuedTaskExecutor queued = new QueuedTaskExecutor();
        try (ActionsFixture later = new ActionsFixture(queued, folder.resolve("q"))) {
            ResubmitAction action = later.actions().resubmit();
            action.setConfirmation(new FakeConfirmation().answer(true));
            SimpleObjectProperty<ResubmitTarget> target = new SimpleObjectProperty<>(job(DemoJobs.LIST_SAMPLE, "Completed"));
            BooleanBinding unavailable = action.unavailable(target);
            assertThat(unavailable.get()).isTrue();

            later.logIn(demo);
            queued.runAll();
            assertThat(unavailable.get()).isFalse();
            target.set(job(41000, "Waiting"));
            assertThat(unavailable.get()).isTrue();
            target.set(job(DemoJobs.LIST_SAMPLE, "Completed"));

            action.resubmit(target.get());
            assertThat(unavailable.get()).as("while it is on its way").isTrue();
            assertThat(action.description(target).get()).isEqualTo("A resubmit is on its way to the CommServe.");
            queued.runAll();
            assertThat(unavailable.get()).isFalse();
            assertThat(action.description(target).get()).startsWith("Run job 1001 (fileserver01 / default) again");
        }
    }

    @Test
    void aServerWithoutTheApiIsToldOnceAndThenNotOffered() throws Exception {
        try (DemoCommServe older = DemoCommServe.builder().withoutJobActions().start()) {
            fixture.logIn(older);
            confirmation.answer(true);
            ResubmitTarget job = new ResubmitTarget(older.webServiceUrl(), DemoJobs.LIST_SAMPLE, "fileserver01", "default", "Completed");
            BooleanBinding unavailable = resubmit.unavailable(new SimpleObjectProperty<>(job));
            assertThat(unavailable.get()).isFalse();

            resubmit.resubmit(job);

            assertThat(error()).contains("does not offer resubmitting", "CommCell Console");
            assertThat(unavailable.get()).isTrue();
            assertThat(resubmit.unavailableBecause(job)).hasValueSatisfying(why -> assertThat(why).contains("older service pack"));
            resubmit.resubmit(job);
            assertThat(resubmits(older)).hasSize(1);
        }
    }
}

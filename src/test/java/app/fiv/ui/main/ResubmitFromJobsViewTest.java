package app.fiv.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import app.fiv.api.CommServeClient;
import app.fiv.demo.DemoCommServe;
import app.fiv.session.Clients;
import app.fiv.session.SessionStore;
import app.fiv.settings.AppSettings;
import app.fiv.settings.FileTokenStore;
import app.fiv.testing.DemoLogins;
import app.fiv.testing.TestClients;
import app.fiv.ui.jobs.JobAction;
import app.fiv.ui.jobs.JobRow;
import app.fiv.ui.jobs.JobsViewModel;
import app.fiv.ui.session.FakeLogins;
import app.fiv.ui.task.DirectTaskExecutor;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 17 in the jobs view: a listed job can be resubmitted, and the new job then shows first while it runs. */
class ResubmitFromJobsViewTest {
    private static final Instant MORNING = Instant.parse("2026-12-01T06:30:00Z");
    private final DirectTaskExecutor executor = new DirectTaskExecutor();
    private final FakeLogins logins = new FakeLogins();
    private DemoCommServe demo;
    private Preferences preferences;
    private MainViewModel model;

    @TempDir
    Path folder;

    @BeforeEach
    void setUp() throws Exception {
        demo = DemoCommServe.builder().clock(Clock.fixed(MORNING, ZoneOffset.UTC)).resubmittedJobsRunFor(Duration.ofHours(1))
                .start();
        CommServeClient client = TestClients.json("resubmit-view-test");
        preferences = Preferences.userRoot().node("app/fiv/tests/resubmit-view-" + System.nanoTime());
        AppSettings settings = new AppSettings(preferences);
        model = MainModels.create(new SessionStore(settings, new FileTokenStore(folder.resolve("tokens.json")),
                Clients.of(client)), executor, settings, logins);
        logins.logIn(model.session(), DemoLogins.logIn(client, demo));
    }

    @AfterEach
    void tearDown() throws Exception {
        demo.close();
        preferences.removeNode();
    }

    private List<JobRow> rows(JobsViewModel jobs) {
        return List.copyOf(jobs.rowsProperty().get());
    }

    @Test
    void aResubmittedJobShowsFirstInTheJobsViewWhileItRuns() {
        JobsViewModel jobs = model.jobs();
        jobs.refresh();
        JobRow failed = rows(jobs).get(0);
        JobAction resubmit = jobs.actions().stream().filter(action -> action.id().equals("resubmit")).findFirst().orElseThrow();
        model.jobActions().resubmit().setConfirmation(target -> target.jobId() == failed.job().jobId());
        int before = rows(jobs).size();

        assertThat(resubmit.applies().test(failed.job())).isTrue();
        resubmit.run().accept(failed.job());

        JobRow first = rows(jobs).get(0);
        assertThat(first.job().jobId()).as("the new job, not the one resubmitted").isGreaterThanOrEqualTo(60_000);
        assertThat(first.job().status()).isEqualTo("Running");
        assertThat(rows(jobs)).as("shown although it has no failures (yet)").hasSize(before + 1);
        assertThat(model.messages().statusProperty().get()).contains(String.valueOf(first.job().jobId()));
    }

    @Test
    void resubmittingIsNotOfferedForARunningJobOrWhenLoggedOut() {
        JobsViewModel jobs = model.jobs();
        jobs.filters().failuresOnlyProperty().set(false);
        jobs.refresh();
        JobAction resubmit = jobs.actions().stream().filter(action -> action.id().equals("resubmit")).findFirst().orElseThrow();
        JobRow anyFinished = rows(jobs).get(0);

        model.logOut();

        assertThat(resubmit.applies().test(anyFinished.job())).isFalse();
        assertThat(demo.requests()).noneMatch(request -> request.path().endsWith("/action/Resubmit"));
    }
}

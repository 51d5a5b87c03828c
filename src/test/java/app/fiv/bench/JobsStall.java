package app.fiv.bench;

import app.fiv.api.CancelSignal;
import app.fiv.api.CommServeClient;
import app.fiv.api.JobListQuery;
import app.fiv.api.Session;
import app.fiv.demo.DemoCommServe;
import app.fiv.joblist.JobLister;
import app.fiv.jobs.JobFetcher;
import app.fiv.known.RuleStore;
import app.fiv.session.Clients;
import app.fiv.session.SessionKeeper;
import app.fiv.session.SessionStore;
import app.fiv.settings.AppSettings;
import app.fiv.settings.FileTokenStore;
import app.fiv.testing.DemoLogins;
import app.fiv.testing.TestClients;
import app.fiv.ui.common.FakeClipboard;
import app.fiv.ui.common.FakeDialogs;
import app.fiv.ui.common.StatusMessages;
import app.fiv.ui.jobs.JobColumn;
import app.fiv.ui.jobs.JobSortKey;
import app.fiv.ui.jobs.JobsViewModel;
import app.fiv.ui.main.MainActions;
import app.fiv.ui.main.MainView;
import app.fiv.ui.main.MainViewModel;
import app.fiv.ui.session.FakeLogins;
import app.fiv.ui.session.SessionViewModel;
import app.fiv.ui.table.ColumnLayouts;
import app.fiv.ui.task.FxTaskExecutor;
import app.fiv.ui.theme.Themes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * Issue 14's figures: the main window's jobs view (a real window on headless Monocle) lists the
 * 10,000 jobs of a {@code scaleHistory()} demo CommServe (100 pages of {@code GET Job}) right after
 * the login, then shows all of them, sorts them by two columns and filters them as one types; the
 * time to the list on screen, and the longest FX-thread stall of each step, after the table's
 * first rows (of a small list from another demo server) are measured apart. The JVM lists the jobs
 * once without the window before (that first listing's time is reported too), as a running app
 * has loaded and compiled its code by the time an admin asks for a list.
 */
final class JobsStall {
    record Result(double coldListSeconds, double firstRowsStallMs, double listSeconds, int pages, int listed, int shown,
                  double listStallMs, double showAllStallMs, double sortStallMs, double filterStallMs, double[] fxCpuMs) {
    }

    private static final String[] TYPED = {"f", "fs", "fs-", "fs-s", "fs-sc", "fs-sca", "fs-scal", "fs-scale-01"};

    private JobsStall() {
    }

    static Result measure() throws Exception {
        try {
            Platform.startup(() -> { });
        } catch (IllegalStateException alreadyRunning) {
            // FxStall has started the toolkit already.
        }
        Preferences preferences = Preferences.userRoot().node("app/fiv/bench/jobs-" + System.nanoTime());
        Path tokens = Files.createTempDirectory("fiv-bench-jobs").resolve("tokens.json");
        FxTaskExecutor executor = new FxTaskExecutor(error -> System.err.println("bench: unhandled " + error));
        FakeLogins logins = new FakeLogins();
        CommServeClient client = TestClients.json("bench-jobs");
        try (DemoCommServe demo = DemoCommServe.builder().scaleHistory().start();
             DemoCommServe standard = DemoCommServe.start();
             Heartbeat heartbeat = new Heartbeat()) {
            Session session = DemoLogins.logIn(client, demo);
            // Once without the window: the JVM's first listing pays for loading and compiling the code it runs.
            long cold = System.nanoTime();
            new JobLister().list(SessionKeeper.of(client, session, Optional::empty),
                    new JobListQuery(86_400, false, OptionalLong.empty()), JobLister.Progress.NONE, CancelSignal.none());
            double coldSeconds = (System.nanoTime() - cold) / 1e9;
            MainViewModel model = onFx(() -> window(preferences, tokens, executor, logins, client));
            FxCpu cpu = new FxCpu(onFx(() -> Thread.currentThread().getId()));
            double[] fxCpu = new double[4];
            JobsViewModel jobs = model.jobs();
            Thread.sleep(1500); // the window's first layout and CSS, before the clock starts
            heartbeat.takeLongestMs();
            // The jobs table's first rows pay for JavaFX's one-time work (row and cell skins, CSS, JIT) whatever
            // their number: measured apart, with the standard demo's 19 jobs of the last day.
            Session small = DemoLogins.logIn(client, standard);
            onFx(() -> {
                logins.logIn(model.session(), small);
                return null;
            });
            waitFor(() -> onFx(() -> !jobs.busyProperty().get() && !jobs.rowsProperty().get().isEmpty()), 60);
            Thread.sleep(1000);
            double firstRows = heartbeat.takeLongestMs();

            long started = System.nanoTime();
            cpu.take();
            onFx(() -> {
                logins.logIn(model.session(), session);
                return null;
            });
            waitFor(() -> onFx(() -> !jobs.busyProperty().get() && jobs.listing() != null
                    && jobs.countTextBinding().get().endsWith(" of 10,000")), 60);
            double listSeconds = (System.nanoTime() - started) / 1e9;
            int pages = (int) demo.requests().stream().filter(r -> r.path().endsWith("/Job")).count();
            int shown = onFx(() -> jobs.rowsProperty().get().size());
            Thread.sleep(300);
            double listStall = heartbeat.takeLongestMs();
            fxCpu[0] = cpu.take();

            onFx(() -> {
                jobs.filters().failuresOnlyProperty().set(false);
                return null;
            });
            waitFor(() -> onFx(() -> jobs.rowsProperty().get().size() == 10_000), 30);
            Thread.sleep(300);
            double showAllStall = heartbeat.takeLongestMs();
            fxCpu[1] = cpu.take();

            for (List<JobSortKey> keys : List.of(List.of(new JobSortKey(JobColumn.CLIENT, true)),
                    List.of(new JobSortKey(JobColumn.STATUS, true), new JobSortKey(JobColumn.DURATION, false)),
                    List.of(new JobSortKey(JobColumn.REASON, false)), JobSortKey.DEFAULT)) {
                onFx(() -> {
                    jobs.sort(keys);
                    return null;
                });
                waitFor(() -> onFx(() -> jobs.sortKeysProperty().get().equals(keys)), 30);
                Thread.sleep(150);
            }
            double sortStall = heartbeat.takeLongestMs();
            fxCpu[2] = cpu.take();

            for (String text : TYPED) {
                onFx(() -> {
                    jobs.filters().textProperty().set(text);
                    return null;
                });
                Thread.sleep(120); // a fast typist
            }
            waitFor(() -> onFx(() -> jobs.rowsProperty().get().size() < 10_000 && !jobs.rowsProperty().get().isEmpty()), 30);
            Thread.sleep(300);
            double filterStall = heartbeat.takeLongestMs();
            fxCpu[3] = cpu.take();
            return new Result(coldSeconds, firstRows, listSeconds, pages - 100, jobs.listing().jobs().size(), shown, listStall,
                    showAllStall, sortStall, filterStall, fxCpu);
        } finally {
            executor.shutdown();
            preferences.removeNode();
        }
    }

    /** The app's main window as AppContext builds it, with a login dialog that the bench answers. */
    private static MainViewModel window(Preferences preferences, Path tokens, FxTaskExecutor executor, FakeLogins logins,
                                        CommServeClient client) {
        AppSettings settings = new AppSettings(preferences);
        StatusMessages messages = new StatusMessages();
        SessionStore sessions = new SessionStore(settings, new FileTokenStore(tokens), Clients.of(client));
        SessionViewModel session = new SessionViewModel(sessions, executor, messages);
        session.setLoginRequests(logins);
        MainViewModel model = new MainViewModel(new JobFetcher(), session, messages, executor, settings,
                new FakeClipboard(), new FakeDialogs(), new RuleStore(tokens.resolveSibling("config")));
        Themes themes = new Themes(settings);
        themes.applyCurrent();
        MainView view = new MainView(model, new NoActions(), themes, new ColumnLayouts(settings));
        Scene scene = new Scene(view, 1200, 760);
        scene.getStylesheets().add(Objects.requireNonNull(MainView.class.getResource("/app/fiv/ui/app.css")).toExternalForm());
        Stage stage = new Stage();
        stage.setScene(scene);
        stage.show();
        return model;
    }

    private static <T> T onFx(Supplier<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.get());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(60, TimeUnit.SECONDS);
    }

    @FunctionalInterface
    private interface Check {
        boolean holds() throws Exception;
    }

    private static void waitFor(Check condition, int seconds) throws Exception {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        while (!condition.holds()) {
            if (System.nanoTime() > end) {
                throw new IllegalStateException("timed out after " + seconds + " s");
            }
            Thread.sleep(10);
        }
    }

    /** The FX thread's CPU time, step by step: what the window itself did, whatever else ran on the machine. */
    private static final class FxCpu {
        private final long threadId;
        private long last;

        FxCpu(long threadId) {
            this.threadId = threadId;
            this.last = now();
        }

        /** Milliseconds of CPU since the last call. */
        double take() {
            long now = now();
            double ms = (now - last) / 1e6;
            last = now;
            return ms;
        }

        private long now() {
            return java.lang.management.ManagementFactory.getThreadMXBean().getThreadCpuTime(threadId);
        }
    }

    private static final class NoActions implements MainActions {
        @Override
        public void logIn() {
        }

        @Override
        public void logOut() {
        }

        @Override
        public void connectionTimeouts() {
        }

        @Override
        public void about() {
        }

        @Override
        public void quit() {
        }
    }
}

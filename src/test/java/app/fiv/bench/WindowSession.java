package app.fiv.bench;

import app.fiv.settings.AppSettings;
import app.fiv.settings.FileTokenStore;
import app.fiv.ui.app.AppContext;
import app.fiv.ui.common.FakeDialogs;
import app.fiv.ui.main.MainViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * The whole app in a real window (headless Monocle), logged in to the demo server it starts
 * with, and the one way its figures are taken: {@link #measure} starts something on the FX thread,
 * waits until it is done, and says how long that took and how long the FX thread was unavailable
 * at worst meanwhile (the {@link Heartbeat}). New window figures (the jobs view, a multi-job tab, a
 * comparison) are one {@code measure} call each; see {@link FxStall} for the million-item job's.
 */
final class WindowSession implements AutoCloseable {
    /** A window figure: how long it took, and the FX thread's longest stall meanwhile. */
    record Figure(double seconds, double longestStallMs) {
        double millis() {
            return seconds * 1000;
        }
    }

    @FunctionalInterface
    interface FxAction {
        void run() throws Exception;
    }

    @FunctionalInterface
    interface Check {
        boolean holds() throws Exception;
    }

    private final Preferences preferences;
    private final AppContext context;
    private final Heartbeat heartbeat;
    private final FakeDialogs dialogs;

    private WindowSession(Preferences preferences, AppContext context, FakeDialogs dialogs) throws Exception {
        this.preferences = preferences;
        this.context = context;
        this.dialogs = dialogs;
        this.heartbeat = new Heartbeat();
        waitFor(() -> onFx(() -> model().session().sessionProperty().get() != null && !model().busyBinding().get()), 60);
        heartbeat.takeLongestMs();
    }

    /** Starts the app as a user would (its demo server, logged in) and waits until it is idle. */
    static WindowSession open() throws Exception {
        try {
            Platform.startup(() -> { });
        } catch (IllegalStateException alreadyStarted) {
            // A second session in the same run.
        }
        Preferences preferences = Preferences.userRoot().node("app/fiv/bench/" + System.nanoTime());
        Path tokens = Files.createTempDirectory("fiv-bench").resolve("tokens.json");
        FakeDialogs dialogs = new FakeDialogs();
        AppContext context = onFx(() -> {
            AppContext app = new AppContext(new AppSettings(preferences), new FileTokenStore(tokens)).withDialogs(dialogs)
                    .withConfigFolder(tokens.resolveSibling("config"));
            app.start(new Stage(), true);
            return app;
        });
        return new WindowSession(preferences, context, dialogs);
    }

    MainViewModel model() {
        return context.model();
    }

    /** The file-save answers the window's export dialog gets (no real dialog opens). */
    FakeDialogs dialogs() {
        return dialogs;
    }

    AppContext context() {
        return context;
    }

    /**
     * Runs {@code start} on the FX thread, waits (polling every 20 ms, up to {@code timeoutSeconds})
     * until {@code done} holds on the FX thread, and returns the time and the longest FX stall.
     */
    Figure measure(FxAction start, Check done, int timeoutSeconds) throws Exception {
        heartbeat.takeLongestMs();
        long started = System.nanoTime();
        onFx(() -> {
            start.run();
            return null;
        });
        waitFor(() -> onFx(done::holds), timeoutSeconds);
        double seconds = (System.nanoTime() - started) / 1e9;
        return new Figure(seconds, heartbeat.takeLongestMs());
    }

    /** The longest FX stall since the last figure (e.g. after a pause that lets late work finish). */
    double longestStallMsSinceLast() {
        return heartbeat.takeLongestMs();
    }

    /** Waits, polling on the FX thread every 2 ms, until the check holds; the moment it first did, in nanoTime. */
    static long whenFirst(Check check, int timeoutSeconds) throws Exception {
        long end = System.nanoTime() + timeoutSeconds * 1_000_000_000L;
        while (!onFx(check::holds)) {
            if (System.nanoTime() > end) {
                throw new IllegalStateException("timed out after " + timeoutSeconds + " s");
            }
            Thread.sleep(2);
        }
        return System.nanoTime();
    }

    static <T> T onFx(Callable<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(120, TimeUnit.SECONDS);
    }

    @FunctionalInterface
    interface Callable<T> {
        T call() throws Exception;
    }

    static void waitFor(Check condition, int seconds) throws Exception {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        while (!condition.holds()) {
            if (System.nanoTime() > end) {
                throw new IllegalStateException("timed out after " + seconds + " s");
            }
            Thread.sleep(20);
        }
    }

    @Override
    public void close() throws Exception {
        heartbeat.close();
        onFx(() -> {
            context.close();
            return null;
        });
        preferences.removeNode();
    }
}

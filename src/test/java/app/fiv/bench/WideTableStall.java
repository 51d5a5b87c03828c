package app.fiv.bench;

import app.fiv.demo.DemoJobs;
import app.fiv.settings.AppSettings;
import app.fiv.settings.FileTokenStore;
import app.fiv.ui.app.AppContext;
import app.fiv.ui.main.MainViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * The longest FX-thread stall while the window shows the demo's widest answer (job 2025: 998
 * items, 1,000 columns, each item a key of its own). Not a test: after {@code mvn -q -o package
 * -DskipTests}, run it with the Monocle flags of the pom's bench profile.
 */
public final class WideTableStall {
    private WideTableStall() {
    }

    public static void main(String[] args) throws Exception {
        Platform.startup(() -> { });
        Preferences preferences = Preferences.userRoot().node("app/fiv/bench/wide-" + System.nanoTime());
        Path tokens = Files.createTempDirectory("fiv-bench").resolve("tokens.json");
        AppContext context = onFx(() -> {
            AppContext app = new AppContext(new AppSettings(preferences), new FileTokenStore(tokens))
                    .withConfigFolder(tokens.resolveSibling("config"));
            app.start(new Stage(), true);
            return app;
        });
        MainViewModel model = context.model();
        try (Heartbeat heartbeat = new Heartbeat()) {
            waitFor(() -> onFx(() -> model.session().sessionProperty().get() != null && !model.busyBinding().get()));
            for (long job : new long[] {DemoJobs.LIST_SAMPLE, DemoJobs.CSV_SAMPLE, 2025, DemoJobs.LARGE_FILE_SERVER}) {
                Thread.sleep(500);
                heartbeat.takeLongestMs();
                long started = System.nanoTime();
                onFx(() -> {
                    model.fetch().jobIdTextProperty().set(String.valueOf(job));
                    model.fetch().search();
                    return null;
                });
                waitFor(() -> onFx(() -> !model.busyBinding().get() && model.selectedTabProperty().get() != null
                        && model.selectedTabProperty().get().jobId() == job));
                Thread.sleep(1500);
                System.out.printf(Locale.ROOT, "job %d: shown in %.0f ms, longest FX stall %.0f ms%n", job,
                        (System.nanoTime() - started) / 1e6 - 1500, heartbeat.takeLongestMs());
            }
        } finally {
            onFx(() -> {
                context.close();
                return null;
            });
            preferences.removeNode();
        }
        System.exit(0);
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
        return result.get(120, TimeUnit.SECONDS);
    }

    @FunctionalInterface
    private interface Check {
        boolean holds() throws Exception;
    }

    private static void waitFor(Check condition) throws Exception {
        long end = System.nanoTime() + 120_000_000_000L;
        while (!condition.holds()) {
            if (System.nanoTime() > end) {
                throw new IllegalStateException("timed out");
            }
            Thread.sleep(20);
        }
    }
}

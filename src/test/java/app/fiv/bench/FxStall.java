package app.fiv.bench;

import app.fiv.demo.DemoJobs;
import app.fiv.model.SortKey;
import app.fiv.settings.AppSettings;
import app.fiv.settings.FileTokenStore;
import app.fiv.ui.app.AppContext;
import app.fiv.ui.main.MainViewModel;
import app.fiv.ui.table.TableViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * The longest stall of the FX thread while the whole app (a real window, headless Monocle)
 * loads the million-item job from its demo server, filters it keystroke by keystroke and sorts it.
 */
final class FxStall {
    record Result(double firstTabMs, double smallTabMs, double loadMs, double filterMs, double sortMs, double loadSeconds) {
    }

    private static final String[] TYPED = {"i", "in", "inv", "invo", "invoi", "invoic", "invoice", "invoice ", "invoice 1"};

    private FxStall() {
    }

    static Result measure() throws Exception {
        Platform.startup(() -> { });
        Preferences preferences = Preferences.userRoot().node("app/fiv/bench/" + System.nanoTime());
        Path tokens = Files.createTempDirectory("fiv-bench").resolve("tokens.json");
        AppContext context = onFx(() -> {
            AppContext app = new AppContext(new AppSettings(preferences), new FileTokenStore(tokens))
                    .withConfigFolder(tokens.resolveSibling("config"));
            app.start(new Stage(), true);
            return app;
        });
        MainViewModel model = context.model();
        try (Heartbeat heartbeat = new Heartbeat()) {
            waitFor(() -> onFx(() -> model.session().sessionProperty().get() != null && !model.busyBinding().get()), 30);
            heartbeat.takeLongestMs();
            // The first tab of a session pays for JavaFX's one-time work (skins, CSS, JIT) whatever
            // the job's size: measured apart, with the documented two-item sample.
            onFx(() -> {
                model.fetch().jobIdTextProperty().set(String.valueOf(DemoJobs.LIST_SAMPLE));
                model.fetch().search();
                return null;
            });
            waitFor(() -> onFx(() -> model.messages().statusProperty().get().startsWith("Fetched ") && !model.busyBinding().get()), 30);
            Thread.sleep(1000);
            double firstTab = heartbeat.takeLongestMs();
            // Any further tab costs its own skins and first layout: the baseline a big job is compared with.
            onFx(() -> {
                model.fetch().jobIdTextProperty().set(String.valueOf(DemoJobs.CSV_SAMPLE));
                model.fetch().search();
                return null;
            });
            waitFor(() -> onFx(() -> model.messages().statusProperty().get().startsWith("Fetched ")
                    && model.messages().statusProperty().get().contains("job " + DemoJobs.CSV_SAMPLE) && !model.busyBinding().get()), 30);
            Thread.sleep(1000);
            double smallTab = heartbeat.takeLongestMs();

            long started = System.nanoTime();
            onFx(() -> {
                model.fetch().jobIdTextProperty().set(String.valueOf(DemoJobs.MILLION_ITEMS));
                model.fetch().search();
                return null;
            });
            waitFor(() -> onFx(() -> model.messages().statusProperty().get().startsWith("Fetched ") && !model.busyBinding().get()
                    && !model.selectedTabProperty().get().table().workingProperty().get()), 120);
            double loadSeconds = (System.nanoTime() - started) / 1e9;
            double load = heartbeat.takeLongestMs();

            TableViewModel table = onFx(() -> model.selectedTabProperty().get().table());
            for (String text : TYPED) {
                onFx(() -> {
                    table.filterTextProperty().set(text);
                    return null;
                });
                Thread.sleep(120); // a fast typist
            }
            waitFor(() -> onFx(() -> !table.workingProperty().get()), 60);
            onFx(() -> {
                table.filterTextProperty().set("");
                return null;
            });
            waitFor(() -> onFx(() -> !table.workingProperty().get()), 60);
            double filter = heartbeat.takeLongestMs();

            int path = onFx(() -> table.pathColumnProperty().get());
            for (boolean ascending : new boolean[] {true, false}) {
                onFx(() -> {
                    table.sort(List.of(new SortKey(path, ascending)));
                    return null;
                });
                Thread.sleep(50);
                waitFor(() -> onFx(() -> !table.workingProperty().get()), 60);
            }
            double sort = heartbeat.takeLongestMs();
            return new Result(firstTab, smallTab, load, filter, sort, loadSeconds);
        } finally {
            onFx(() -> {
                context.close();
                return null;
            });
            preferences.removeNode();
        }
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
            Thread.sleep(20);
        }
    }

}

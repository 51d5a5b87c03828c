package app.fiv.bench;

import static app.fiv.bench.WindowSession.onFx;

import app.fiv.demo.DemoJobs;
import app.fiv.model.SortKey;
import app.fiv.ui.main.MainViewModel;
import app.fiv.ui.table.RowSelection;
import app.fiv.ui.table.TableViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The window's figures for the million-item job: the whole app (a real window, headless Monocle)
 * loads it from its demo server, filters it keystroke by keystroke, sorts it and exports it, and
 * each step's longest FX-thread stall is taken (see {@link WindowSession#measure}).
 */
final class FxStall {
    record Result(WindowSession.Figure firstTab, WindowSession.Figure smallTab, WindowSession.Figure load,
                  double firstRowsAfterFirstByteMs, WindowSession.Figure filter, WindowSession.Figure sort,
                  WindowSession.Figure export) {
    }

    private static final String[] TYPED = {"i", "in", "inv", "invo", "invoi", "invoic", "invoice", "invoice ", "invoice 1"};

    private FxStall() {
    }

    static Result measure(WindowSession window) throws Exception {
        MainViewModel model = window.model();
        // The first tab of a session pays for JavaFX's one-time work (skins, CSS, JIT) whatever
        // the job's size: measured apart, with the documented two-item sample.
        WindowSession.Figure firstTab = open(window, DemoJobs.LIST_SAMPLE);
        WindowSession.Figure smallTab = open(window, DemoJobs.CSV_SAMPLE);

        // The first rows on screen, counted from the first bytes of the answer shown in the status bar.
        AtomicLong firstByte = new AtomicLong();
        AtomicLong firstRows = new AtomicLong();
        Thread watcher = new Thread(() -> {
            try {
                firstByte.set(WindowSession.whenFirst(() -> model.messages().statusProperty().get()
                        .matches("Downloading the failed items of job " + DemoJobs.MILLION_ITEMS + "… .*B, .*"), 60));
                firstRows.set(WindowSession.whenFirst(() -> model.selectedTabProperty().get() != null
                        && model.selectedTabProperty().get().jobId() == DemoJobs.MILLION_ITEMS
                        && model.selectedTabProperty().get().table().shownCountProperty().get() > 0, 60));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, "bench-first-rows");
        watcher.start();
        WindowSession.Figure load = window.measure(() -> search(model, DemoJobs.MILLION_ITEMS),
                () -> fetched(model, DemoJobs.MILLION_ITEMS)
                        && !model.selectedTabProperty().get().table().workingProperty().get(), 120);
        watcher.join();
        double firstRowsMs = (firstRows.get() - firstByte.get()) / 1e6;

        TableViewModel table = onFx(() -> model.selectedTabProperty().get().table());
        window.longestStallMsSinceLast();
        long filterStart = System.nanoTime();
        for (String text : TYPED) {
            onFx(() -> {
                table.filterTextProperty().set(text);
                return null;
            });
            Thread.sleep(120); // a fast typist
        }
        WindowSession.waitFor(() -> onFx(() -> !table.workingProperty().get()), 60);
        onFx(() -> {
            table.filterTextProperty().set("");
            return null;
        });
        WindowSession.waitFor(() -> onFx(() -> !table.workingProperty().get()), 60);
        WindowSession.Figure filter = new WindowSession.Figure((System.nanoTime() - filterStart) / 1e9, window.longestStallMsSinceLast());

        int path = onFx(() -> table.pathColumnProperty().get());
        long sortStart = System.nanoTime();
        for (boolean ascending : new boolean[] {true, false}) {
            onFx(() -> {
                table.sort(List.of(new SortKey(path, ascending)));
                return null;
            });
            Thread.sleep(50);
            WindowSession.waitFor(() -> onFx(() -> !table.workingProperty().get()), 60);
        }
        WindowSession.Figure sort = new WindowSession.Figure((System.nanoTime() - sortStart) / 1e9,
                window.longestStallMsSinceLast());

        Path csv = Files.createTempDirectory("fiv-bench-export").resolve("million.csv");
        window.dialogs().answer(csv);
        WindowSession.Figure export = window.measure(
                () -> model.selectedTabProperty().get().export(new RowSelection(true, new int[0])),
                () -> !model.exporter().busyProperty().get() && Files.exists(csv), 120);
        Files.deleteIfExists(csv);
        return new Result(firstTab, smallTab, load, firstRowsMs, filter, sort, export);
    }

    /** Closes every tab, so the next {@link #measure} fetches its jobs again. */
    static void closeAllTabs(WindowSession window) throws Exception {
        onFx(() -> {
            MainViewModel model = window.model();
            while (!model.tabs().isEmpty()) {
                model.fetch().closeTab(model.tabs().get(0));
            }
            return null;
        });
        System.gc();
        Thread.sleep(1000);
        window.longestStallMsSinceLast();
    }

    private static WindowSession.Figure open(WindowSession window, long jobId) throws Exception {
        MainViewModel model = window.model();
        WindowSession.Figure shown = window.measure(() -> search(model, jobId), () -> fetched(model, jobId), 60);
        Thread.sleep(1000); // what the new tab still draws after its rows arrived counts too
        return new WindowSession.Figure(shown.seconds(), Math.max(shown.longestStallMs(), window.longestStallMsSinceLast()));
    }

    private static void search(MainViewModel model, long jobId) {
        model.fetch().jobIdTextProperty().set(String.valueOf(jobId));
        model.fetch().search();
    }

    private static boolean fetched(MainViewModel model, long jobId) {
        String status = model.messages().statusProperty().get();
        return status.startsWith("Fetched ") && status.contains("job " + jobId) && !model.busyBinding().get();
    }
}

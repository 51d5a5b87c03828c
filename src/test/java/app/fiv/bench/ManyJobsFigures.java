package app.fiv.bench;

import static app.fiv.bench.WindowSession.onFx;

import app.fiv.api.CancelSignal;
import app.fiv.api.JobSummary;
import app.fiv.demo.DemoCommServe;
import app.fiv.demo.DemoJobs;
import app.fiv.jobs.JobFetcher;
import app.fiv.session.SessionKeeper;
import app.fiv.ui.jobs.JobRow;
import app.fiv.ui.main.MainViewModel;
import app.fiv.ui.tabs.JobTab;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Issue 16's figures for many jobs in one table: the window opens the demo's twenty benchmark jobs
 * (3001 to 3020, 50,000 items each, a million rows in all) in one tab as the jobs view's Open
 * failed items of 20 jobs does, against one million-item job's load ({@link FxStall}'s, target
 * <= 1.5x); and the command line exports them into one file as a process of its own.
 */
final class ManyJobsFigures {
    private ManyJobsFigures() {
    }

    /** The window's figure: the tab of twenty jobs, from the click to its last row on screen. */
    static void window(WindowSession window, FxStall.Result stall, ResultTable results) throws Exception {
        MainViewModel model = window.model();
        SessionKeeper keeper = onFx(() -> model.session().keeper().orElseThrow());
        // The jobs view's rows carry their summaries: asked for here, before the clock starts.
        List<JobRow> rows = new ArrayList<>();
        for (long id = DemoJobs.BENCHMARK_FIRST; id <= DemoJobs.BENCHMARK_LAST; id++) {
            JobSummary summary = new JobFetcher().summary(keeper, id, CancelSignal.none());
            rows.add(JobRow.of(summary, ZoneOffset.UTC));
        }
        WindowSession.Figure many = window.measure(() -> {
            model.jobs().select(rows);
            model.jobs().openSelected();
        }, () -> done(model.selectedTabProperty().get()), 180);
        Thread.sleep(1000); // what the tab still draws after its rows arrived counts too
        WindowSession.Figure shown = new WindowSession.Figure(many.seconds(),
                Math.max(many.longestStallMs(), window.longestStallMsSinceLast()));
        int total = onFx(() -> model.selectedTabProperty().get().table().totalCountProperty().get());
        if (total != 20 * DemoJobs.BENCHMARK_ITEMS) {
            throw new IllegalStateException("the tab of twenty jobs shows " + total + " rows");
        }
        double target = 1.5 * stall.load().millis();
        results.window("multi-job: 20 jobs, 1,000,000 rows in all", shown, target, 100);
        results.note("multi-job tab / one 1M job", String.format(Locale.ROOT, "%.2fx", shown.millis() / stall.load().millis()),
                "<= 1.5x", shown.millis() <= target);
    }

    private static boolean done(JobTab tab) {
        return tab != null && tab.many() != null && tab.many().stateProperty().get().complete()
                && !tab.many().runningProperty().get() && !tab.table().workingProperty().get();
    }

    /** The command line's export of the twenty jobs into one CSV file, a process from launch to exit. */
    static void commandLine(DemoCommServe demo, ScaleBenchmark.Repeater repeat, ResultTable results) throws Exception {
        Stats stats = repeat.times(() -> exportProcessMillis(demo));
        results.add("CLI export of 20 jobs (1M rows) to one CSV", stats, "ms", "", null);
    }

    private static double exportProcessMillis(DemoCommServe demo) throws Exception {
        Path dir = Files.createTempDirectory("bench-cli-many");
        Path out = dir.resolve("many.csv");
        List<String> arguments = new ArrayList<>(List.of("--quiet", "-o", out.toString()));
        for (long id = DemoJobs.BENCHMARK_FIRST; id <= DemoJobs.BENCHMARK_LAST; id++) {
            arguments.addAll(List.of("--job", Long.toString(id)));
        }
        long started = System.nanoTime();
        int exit = CliProcess.run(demo, null, dir.resolve("log.txt"), arguments);
        double millis = (System.nanoTime() - started) / 1e6;
        long lines;
        try (Stream<String> all = Files.lines(out)) {
            lines = exit == 0 ? all.count() : -1;
        }
        if (exit != 0 || lines != 20L * DemoJobs.BENCHMARK_ITEMS + 1) {
            throw new IllegalStateException("CLI export of 20 jobs failed (exit " + exit + ", " + lines + " lines): "
                    + Files.readString(dir.resolve("log.txt")));
        }
        Files.delete(out);
        return millis;
    }
}

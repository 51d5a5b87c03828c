package app.fiv.bench;

import app.fiv.api.Session;
import app.fiv.demo.DemoCommServe;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The command line's figures, each a whole process from launch to exit, side by side with
 * {@code curl | jq} and curl's download alone in the same run: the million-item job to CSV, TSV
 * and JSON, the XML answer, in 64 MB of heap, and through the app image's launcher when built.
 */
final class CommandLineFigures {
    static final double TARGET_MS = 1000;
    static final double TARGET_JQ_RATIO = 4;
    static final double XML_TARGET_RATIO = 1.5;

    private final ScaleBenchmark.Repeater repeat;
    private final ResultTable results;
    private final DemoCommServe demo;

    CommandLineFigures(ScaleBenchmark.Repeater repeat, ResultTable results, DemoCommServe demo) {
        this.repeat = repeat;
        this.results = results;
        this.demo = demo;
    }

    /** @return the CSV export's median, for the summary line */
    double measure(Session session) throws Exception {
        results.section("command line, 1,000,000 items (job 1012), whole process including JVM start");
        Stats jq = null;
        if (JqRun.available()) {
            Stats curl = repeat.times(() -> JqRun.curlDownloadMs(demo, session));
            results.add("curl download alone (its own time_total)", curl, "ms", "the server's share", null);
            jq = repeat.run(() -> JqRun.run(demo, session));
            results.add(JqRun.PIPELINE.replace("curl … | ", "curl | "), jq, "ms", "reference", null);
            results.compareWith(jq);
        } else {
            results.note("curl | jq", "jq or curl not on PATH", "", null);
        }
        Stats csv = timed("export --format csv (JSON answer)", "csv", "json", jq);
        timed("export --format tsv", "tsv", "json", jq);
        timed("export --format json", "json", "json", jq);
        Stats xml = repeat.run(() -> CliProcess.export(demo, null, "csv", "xml"));
        double xmlRatio = xml.median() / csv.median();
        results.add("export --accept xml (XML answer) to CSV", xml, "ms",
                String.format(java.util.Locale.ROOT, "<= %.1fx JSON (%.2fx)", XML_TARGET_RATIO, xmlRatio),
                xmlRatio <= XML_TARGET_RATIO);
        Stats small = repeat.run(() -> CliProcess.export(demo, null, "csv", "json", "-Xmx64m"));
        results.add("export to CSV with -Xmx64m", small, "ms", "runs in 64 MB", true);
        Path launcher = Path.of("target", "packaging", "failed-items-viewer", "bin", "failed-items-viewer");
        if (Files.isExecutable(launcher)) {
            Stats image = repeat.run(() -> CliProcess.export(demo, launcher.toAbsolutePath(), "csv", "json"));
            results.add("export to CSV, app image's launcher (AppCDS)", image, "ms", target(jq, image), met(jq, image));
        } else {
            results.note("export to CSV, app image's launcher", "not built", "bash packaging/build.sh app-image", null);
        }
        return csv.median();
    }

    private Stats timed(String what, String format, String accept, Stats jq) throws Exception {
        Stats stats = repeat.run(() -> CliProcess.export(demo, null, format, accept));
        results.add(what, stats, "ms", target(jq, stats), met(jq, stats));
        return stats;
    }

    private static String target(Stats jq, Stats stats) {
        return "<= " + (int) TARGET_MS + " ms, >= " + (int) TARGET_JQ_RATIO + "x jq";
    }

    private static boolean met(Stats jq, Stats stats) {
        return stats.median() <= TARGET_MS && (jq == null || jq.median() / stats.median() >= TARGET_JQ_RATIO);
    }
}

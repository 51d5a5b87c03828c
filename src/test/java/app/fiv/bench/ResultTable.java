package app.fiv.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The benchmark's printed table: one line a figure, with its median, spread, how many times
 * {@code curl | jq} took as long in the same run (for timed figures), its longest FX-thread stall
 * (for window figures), its target and whether it was met.
 */
final class ResultTable {
    private static final String FORMAT = "%-50s %9s %-4s %9s %9s %3s %8s %9s  %-24s %s";
    private final List<String> lines = new ArrayList<>();
    private Stats jq;

    /** The curl | jq run of this benchmark, which every later timed figure is compared with. */
    void compareWith(Stats jqRun) {
        this.jq = jqRun;
    }

    void add(String what, Stats stats, String unit, String target, Boolean met) {
        row(what, stats, unit, null, target, met);
    }

    /** A window figure: the time it took and the FX thread's longest stall meanwhile, against their targets. */
    void window(String what, WindowSession.Figure figure, double targetMs, double stallTargetMs) {
        boolean met = (targetMs <= 0 || figure.millis() <= targetMs) && figure.longestStallMs() <= stallTargetMs;
        String target = (targetMs > 0 ? "<= " + fmt(targetMs) + " ms, " : "") + "stall <= " + fmt(stallTargetMs);
        row(what, Stats.of(figure.millis()), "ms", figure.longestStallMs(), target, met);
    }

    void row(String what, Stats stats, String unit, Double stallMs, String target, Boolean met) {
        String ratio = jq != null && unit.equals("ms") && stats.median() > 0
                ? String.format(Locale.ROOT, "%.2fx", jq.median() / stats.median()) : "";
        lines.add(String.format(Locale.ROOT, FORMAT, what, fmt(stats.median()), unit, fmt(stats.min()), fmt(stats.max()),
                stats.values().length, ratio, stallMs == null ? "" : fmt(stallMs) + " ms", target, verdict(met)));
    }

    void note(String what, String value, String target, Boolean met) {
        lines.add(String.format(Locale.ROOT, "%-50s %14s %43s  %-24s %s", what, value, "", target, verdict(met)));
    }

    void section(String title) {
        lines.add("");
        lines.add("-- " + title);
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, value >= 100 ? "%.0f" : "%.1f", value);
    }

    private static String verdict(Boolean met) {
        return met == null ? "" : met ? "met" : "MISSED";
    }

    void print(PrintStream out) {
        out.println(String.format(Locale.ROOT, FORMAT, "figure", "median", "unit", "min", "max", "n", "jq/this",
                "FX stall", "target", ""));
        out.println("-".repeat(140));
        lines.forEach(out::println);
    }
}

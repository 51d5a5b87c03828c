package app.fiv.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/** The benchmark's printed table: one line a measurement, with its target and verdict. */
final class ResultTable {
    private final List<String> lines = new ArrayList<>();

    void add(String what, Stats stats, String unit, String target, Boolean met) {
        lines.add(String.format("%-46s %10.1f %-5s %10.1f %10.1f %3d  %-22s %s", what, stats.median(), unit,
                stats.min(), stats.max(), stats.values().length, target, verdict(met)));
    }

    void note(String what, String value, String target, Boolean met) {
        lines.add(String.format("%-46s %16s %21s %3s  %-22s %s", what, value, "", "", target, verdict(met)));
    }

    private static String verdict(Boolean met) {
        return met == null ? "" : met ? "met" : "MISSED";
    }

    void print(PrintStream out) {
        out.println(String.format("%-46s %10s %-5s %10s %10s %3s  %-22s %s", "measurement", "median", "unit",
                "min", "max", "n", "target", ""));
        out.println("-".repeat(118));
        lines.forEach(out::println);
    }
}

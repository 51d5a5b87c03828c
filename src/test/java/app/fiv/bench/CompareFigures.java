package app.fiv.bench;

import app.fiv.api.JobSummary;
import app.fiv.compare.ComparedTable;
import app.fiv.compare.JobPair;
import app.fiv.compare.ManyComparison;
import app.fiv.compare.Comparison;
import app.fiv.compare.ComparisonCounts;
import app.fiv.model.FailedItemsTable;
import app.fiv.model.Shape;
import app.fiv.model.TableBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Issue 16's core figure: a job of 1,000,000 items compared with an earlier run of the same size.
 * The demo has one such job (1012), so the earlier run is made from it in memory, as a night
 * before would differ: one item in twenty did not fail then (new now), one in fifty failed for
 * another reason, and 50,000 items failed then that no longer do (fixed).
 */
final class CompareFigures {
    static final double TARGET_MS = 2000;
    static final String EARLIER_REASON = "The network path was not found.";

    private final ScaleBenchmark.Repeater repeat;
    private final ResultTable results;

    CompareFigures(ScaleBenchmark.Repeater repeat, ResultTable results) {
        this.repeat = repeat;
        this.results = results;
    }

    void measure(FailedItemsTable current) throws Exception {
        FailedItemsTable earlier = earlierRun(current);
        ComparedTable[] last = new ComparedTable[1];
        Stats compare = repeat.run(() -> last[0] = Comparison.of(current, earlier));
        results.add("compare two 1M-row jobs (core)", compare, "ms", "<= " + (int) TARGET_MS + " ms",
                compare.median() <= TARGET_MS);
        ComparisonCounts counts = last[0].counts();
        results.note("  of which new / still failing / fixed", String.format(Locale.ROOT, "%,d / %,d / %,d",
                counts.added(), counts.stillFailing(), counts.fixed()), "", null);
        measureMany(current);
    }

    /** A tab of 20 jobs of 50,000 items (the same million), each compared with its own earlier run made as above. */
    private void measureMany(FailedItemsTable current) throws Exception {
        int jobs = 20;
        int each = current.rowCount() / jobs;
        List<JobPair> pairs = new ArrayList<>();
        for (int job = 0; job < jobs; job++) {
            FailedItemsTable part = slice(current, job * each, each);
            pairs.add(new JobPair(summary(45000 + job, "fs-bench-" + job), part, summary(44000 + job, "fs-bench-" + job),
                    earlierRun(part)));
        }
        List<String> leading = List.of("Job ID", "Client", "Subclient");
        Stats many = repeat.run(() -> ManyComparison.of(pairs, leading, () -> false));
        results.add("compare 20 jobs of 50k, each with its earlier run (core)", many, "ms", "", null);
    }

    private static JobSummary summary(long id, String client) {
        return new JobSummary(id, "Completed w/ one or more errors", "Backup", "", "", "", 100, Optional.empty(),
                Optional.empty(), 0, 0, 0, client, "default", "", "");
    }

    private static FailedItemsTable slice(FailedItemsTable table, int from, int rows) {
        TableBuilder builder = new TableBuilder(Shape.LIST);
        table.columns().forEach(builder::columnFor);
        for (int row = from; row < from + rows; row++) {
            String[] cells = new String[table.columnCount()];
            for (int column = 0; column < cells.length; column++) {
                cells[column] = table.cell(row, column);
            }
            builder.addRow(cells);
        }
        return builder.build();
    }

    static FailedItemsTable earlierRun(FailedItemsTable current) {
        int path = current.columnIndex("entity");
        int reason = current.columnIndex("failureReason");
        TableBuilder builder = new TableBuilder(Shape.LIST);
        current.columns().forEach(builder::columnFor);
        int columns = current.columnCount();
        for (int row = 0; row < current.rowCount(); row++) {
            if (row % 20 == 0) {
                continue;
            }
            String[] cells = new String[columns];
            for (int column = 0; column < columns; column++) {
                cells[column] = current.cell(row, column);
            }
            if (row % 50 == 1) {
                cells[reason] = EARLIER_REASON;
            }
            builder.addRow(cells);
        }
        for (int i = 0; i < 50_000; i++) {
            String[] cells = new String[columns];
            for (int column = 0; column < columns; column++) {
                cells[column] = current.cell(i, column);
            }
            cells[path] = current.cell(i, path) + ".old";
            builder.addRow(cells);
        }
        return builder.build();
    }
}

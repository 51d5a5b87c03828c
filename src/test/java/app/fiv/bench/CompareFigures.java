package app.fiv.bench;

import app.fiv.compare.ComparedTable;
import app.fiv.compare.Comparison;
import app.fiv.compare.ComparisonCounts;
import app.fiv.model.FailedItemsTable;
import app.fiv.model.Shape;
import app.fiv.model.TableBuilder;
import java.util.Locale;

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

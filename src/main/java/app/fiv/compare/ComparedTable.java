package app.fiv.compare;

import app.fiv.model.FailedItemsTable;

/**
 * A comparison's result: a table whose first column is {@code Change} ({@code new},
 * {@code still failing}, {@code fixed}), then this run's columns (and any only the earlier run
 * had), and last {@code Earlier reason}, the earlier failure reason where a still failing item's
 * reason changed (blank otherwise). This run's rows come first, in their order; the fixed rows
 * after them, in the earlier run's order, with the earlier run's cells.
 */
public final class ComparedTable {
    private final FailedItemsTable table;
    private final byte[] changes;
    private final int currentRows;
    private final ComparisonCounts counts;
    private final Matching matching;

    ComparedTable(FailedItemsTable table, byte[] changes, int currentRows, ComparisonCounts counts, Matching matching) {
        this.table = table;
        this.changes = changes;
        this.currentRows = currentRows;
        this.counts = counts;
        this.matching = matching;
    }

    public FailedItemsTable table() {
        return table;
    }

    public ComparisonCounts counts() {
        return counts;
    }

    /** The {@code Change} column's index: always 0. */
    public int changeColumn() {
        return 0;
    }

    /** The {@code Earlier reason} column's index: always the last. */
    public int earlierReasonColumn() {
        return table.columnCount() - 1;
    }

    /** How the two runs' items were matched (by GUID, by path, or by their whole row). */
    public Matching matching() {
        return matching;
    }

    /**
     * How many rows are this run's: for one job, the first ones (the rest, after them, are fixed);
     * for many jobs ({@link ManyComparison}), each job's fixed rows follow that job's own.
     */
    public int currentRows() {
        return currentRows;
    }

    public Change change(int row) {
        if (row < 0 || row >= changes.length) {
            throw new IndexOutOfBoundsException("row " + row + " of " + changes.length);
        }
        return Change.values()[changes[row]];
    }

    @Override
    public String toString() {
        return "ComparedTable[" + counts.text() + ", " + table + "]";
    }
}

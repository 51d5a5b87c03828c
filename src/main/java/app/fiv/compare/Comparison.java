package app.fiv.compare;

import app.fiv.model.AppendedRows;
import app.fiv.model.ColumnPlacement;
import app.fiv.model.ColumnRoles;
import app.fiv.model.ExtraColumn;
import app.fiv.model.FailedItemsTable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.BooleanSupplier;

/**
 * Compares a job's failed items with an earlier run's: every row of this run is {@code new} or
 * {@code still failing}, and every item of the earlier run that no longer fails comes after them
 * as {@code fixed}, with the earlier run's cells. Items are matched as {@link Matching} says;
 * an item listed more than once in a run is paired one to one, in order, with the same item's
 * rows in the other run (its third row in this run with its third in the earlier one), and the
 * rows left over are new or fixed.
 *
 * <p>The result shares both tables' stores (see {@link AppendedRows}); for a million rows a
 * side it costs a few arrays of ints and takes well under a second. Blocks; runs off the FX thread.
 */
public final class Comparison {
    /** The added columns' names, as the window shows them (the command line writes its own). */
    public static final String CHANGE_COLUMN = "Change";
    public static final String EARLIER_REASON_COLUMN = "Earlier reason";

    private static final List<String> CHANGES = List.of(Change.NEW.text(), Change.STILL_FAILING.text(),
            Change.FIXED.text());

    private Comparison() {
    }

    public static ComparedTable of(FailedItemsTable current, FailedItemsTable earlier) {
        return of(current, earlier, () -> false);
    }

    /** @throws java.util.concurrent.CancellationException when {@code cancelled} says so, checked now and then */
    public static ComparedTable of(FailedItemsTable current, FailedItemsTable earlier, BooleanSupplier cancelled) {
        Joined joined = joined(current, earlier, cancelled);
        int[] codes = new int[joined.changes.length];
        for (int row = 0; row < codes.length; row++) {
            codes[row] = joined.changes[row];
        }
        FailedItemsTable table = joined.table
                .withColumns(ColumnPlacement.FIRST, changeColumn(codes))
                .withColumns(ColumnPlacement.LAST, earlierReasonColumn(joined.reasonValues, joined.reasonCodes));
        return new ComparedTable(table, joined.changes, joined.currentRows, joined.counts, joined.matching);
    }

    static ExtraColumn changeColumn(int[] codes) {
        return ExtraColumn.ofCodes(CHANGE_COLUMN, CHANGES, codes);
    }

    static ExtraColumn earlierReasonColumn(List<String> values, int[] codes) {
        return ExtraColumn.ofCodes(EARLIER_REASON_COLUMN, values, codes);
    }

    /**
     * A comparison before its added columns: this run's rows, then the fixed ones with the earlier
     * run's cells under this run's columns (and the earlier run's other columns after them); each
     * row's change; each row's earlier reason as a code into {@code reasonValues} (0: blank).
     */
    record Joined(FailedItemsTable table, byte[] changes, int currentRows, List<String> reasonValues, int[] reasonCodes,
                  ComparisonCounts counts, Matching matching) {
    }

    static Joined joined(FailedItemsTable current, FailedItemsTable earlier, BooleanSupplier cancelled) {
        Matching matching = Matching.between(current, earlier);
        ItemKeys now = ItemKeys.of(current, earlier, matching);
        KeyIndex index = KeyIndex.of(ItemKeys.of(earlier, current, matching), cancelled);
        int rows = current.rowCount();
        int[] slots = new int[rows];
        KeyIndex.inChunks(rows, cancelled, row -> slots[row] = index.slotOf(now.key(row)));

        int[] pairedWith = new int[rows];
        boolean[] paired = new boolean[earlier.rowCount()];
        for (int row = 0; row < rows; row++) {
            int earlierRow = slots[row] < 0 ? -1 : index.take(slots[row]);
            pairedWith[row] = earlierRow;
            if (earlierRow >= 0) {
                paired[earlierRow] = true;
            }
        }
        int[] fixed = unpaired(paired);

        Reasons reasons = new Reasons(current, earlier, rows + fixed.length);
        byte[] changes = new byte[rows + fixed.length];
        int added = 0;
        int still = 0;
        for (int row = 0; row < rows; row++) {
            if (pairedWith[row] < 0) {
                changes[row] = (byte) Change.NEW.ordinal();
                added++;
            } else {
                changes[row] = (byte) Change.STILL_FAILING.ordinal();
                still++;
                reasons.compare(row, pairedWith[row]);
            }
        }
        for (int i = 0; i < fixed.length; i++) {
            changes[rows + i] = (byte) Change.FIXED.ordinal();
        }

        Columns columns = Columns.of(current, earlier);
        FailedItemsTable joined = AppendedRows.of(current, earlier, fixed, columns.sources, columns.extra);
        ComparisonCounts counts = new ComparisonCounts(added, still, fixed.length, reasons.changed);
        return new Joined(joined, changes, rows, reasons.values, reasons.codes, counts, matching);
    }

    private static int[] unpaired(boolean[] paired) {
        int count = 0;
        for (boolean p : paired) {
            if (!p) {
                count++;
            }
        }
        int[] rows = new int[count];
        int at = 0;
        for (int row = 0; row < paired.length; row++) {
            if (!paired[row]) {
                rows[at++] = row;
            }
        }
        return rows;
    }

    /** The earlier reasons of still failing rows whose reason changed: a code a row into the distinct ones. */
    private static final class Reasons {
        private final FailedItemsTable current;
        private final FailedItemsTable earlier;
        private final int currentColumn;
        private final int earlierColumn;
        private final int[] codes;
        private final List<String> values = new ArrayList<>(List.of(""));
        private final Map<String, Integer> index = new HashMap<>(Map.of("", 0));
        int changed;

        Reasons(FailedItemsTable current, FailedItemsTable earlier, int rows) {
            this.current = current;
            this.earlier = earlier;
            this.currentColumn = ColumnRoles.reasonColumn(current.columns()).orElse(-1);
            this.earlierColumn = ColumnRoles.reasonColumn(earlier.columns()).orElse(-1);
            this.codes = new int[rows];
        }

        void compare(int row, int earlierRow) {
            if (earlierColumn < 0) {
                return;
            }
            String before = earlier.cell(earlierRow, earlierColumn).strip();
            String now = currentColumn < 0 ? "" : current.cell(row, currentColumn).strip();
            if (!before.equals(now)) {
                changed++;
                codes[row] = index.computeIfAbsent(before, reason -> {
                    values.add(reason);
                    return values.size() - 1;
                });
            }
        }
    }

    /**
     * Which earlier column fills each of this run's columns in the fixed rows: the one of the same
     * name, else, for the path, reason and GUID columns, the earlier run's column of that role
     * (the two runs may have answered in different shapes); the earlier columns left over come last.
     */
    private record Columns(int[] sources, int[] extra) {
        static Columns of(FailedItemsTable current, FailedItemsTable earlier) {
            int[] sources = new int[current.columnCount()];
            boolean[] used = new boolean[earlier.columnCount()];
            for (int column = 0; column < sources.length; column++) {
                sources[column] = earlier.columnIndex(current.columns().get(column));
                if (sources[column] >= 0) {
                    used[sources[column]] = true;
                }
            }
            byRole(sources, used, ColumnRoles.pathColumn(current.columns()), ColumnRoles.pathColumn(earlier.columns()));
            byRole(sources, used, ColumnRoles.reasonColumn(current.columns()),
                    ColumnRoles.reasonColumn(earlier.columns()));
            byRole(sources, used, Matching.guidColumn(current.columns()), Matching.guidColumn(earlier.columns()));
            List<Integer> extra = new ArrayList<>();
            for (int column = 0; column < used.length; column++) {
                if (!used[column]) {
                    extra.add(column);
                }
            }
            return new Columns(sources, extra.stream().mapToInt(Integer::intValue).toArray());
        }

        private static void byRole(int[] sources, boolean[] used, OptionalInt current, OptionalInt earlier) {
            if (current.isPresent() && earlier.isPresent() && sources[current.getAsInt()] < 0
                    && !used[earlier.getAsInt()]) {
                sources[current.getAsInt()] = earlier.getAsInt();
                used[earlier.getAsInt()] = true;
            }
        }
    }
}

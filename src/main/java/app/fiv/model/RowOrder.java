package app.fiv.model;

import java.util.Arrays;
import java.util.function.BooleanSupplier;
import java.util.List;

/** The order in which a table's rows are shown, as row indexes. */
public final class RowOrder {
    private RowOrder() {
    }

    public static int[] natural(int rowCount) {
        int[] order = new int[rowCount];
        Arrays.setAll(order, i -> i);
        return order;
    }

    /** Rows sorted by the keys; ties keep the response's order. Numbers compare as numbers. */
    public static int[] sorted(FailedItemsTable table, List<SortKey> keys) {
        return sorted(table, keys, () -> false);
    }

    /**
     * The same, stopping with a CancellationException when asked to. Each key's column is ranked
     * once, then stable counting sorts from the last key to the first give the order in linear time.
     */
    public static int[] sorted(FailedItemsTable table, List<SortKey> keys, BooleanSupplier cancelled) {
        int rows = table.rowCount();
        int[] order = natural(rows);
        for (int k = keys.size() - 1; k >= 0; k--) {
            SortKey key = keys.get(k);
            int[] ranks = ColumnRanks.of(table, key.column(), cancelled);
            int distinct = ranks[rows];
            if (!key.ascending()) {
                for (int row = 0; row < rows; row++) {
                    ranks[row] = distinct - 1 - ranks[row];
                }
            }
            order = countingSort(order, ranks, distinct);
        }
        return order;
    }

    private static int[] countingSort(int[] order, int[] ranks, int distinct) {
        int[] starts = new int[distinct + 1];
        for (int row : order) {
            starts[ranks[row] + 1]++;
        }
        for (int i = 1; i <= distinct; i++) {
            starts[i] += starts[i - 1];
        }
        int[] sorted = new int[order.length];
        for (int row : order) {
            sorted[starts[ranks[row]]++] = row;
        }
        return sorted;
    }
}

package app.fiv.model;

import java.util.Arrays;
import java.util.Comparator;
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
        Integer[] rows = new Integer[table.rowCount()];
        Arrays.setAll(rows, i -> i);
        Comparator<Integer> order = (a, b) -> 0;
        for (SortKey key : keys) {
            Comparator<Integer> byColumn = (a, b) -> CellComparator.compare(
                    table.cell(a, key.column()), table.cell(b, key.column()));
            order = order.thenComparing(key.ascending() ? byColumn : byColumn.reversed());
        }
        Arrays.sort(rows, order);
        return Arrays.stream(rows).mapToInt(Integer::intValue).toArray();
    }
}

package app.fiv.ui.table;

import java.util.RandomAccess;
import javafx.collections.ObservableListBase;

/**
 * Row indexes in display order as a read-only observable list, four bytes a row. It never
 * changes; a new order is a new list, swapped in one step.
 */
final class RowIndexList extends ObservableListBase<Integer> implements RandomAccess {
    private final int[] order;

    RowIndexList(int[] order) {
        this.order = order;
    }

    @Override
    public Integer get(int index) {
        return order[index];
    }

    @Override
    public int size() {
        return order.length;
    }

    /**
     * Identity: a new order is always news. The list contract's element-wise equality made every
     * swap compare a million boxed elements on the FX thread (property listeners compare values).
     */
    @Override
    public boolean equals(Object other) {
        return this == other;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }
}

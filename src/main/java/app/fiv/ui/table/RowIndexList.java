package app.fiv.ui.table;

import java.util.AbstractList;
import java.util.RandomAccess;

/** Row indexes in display order as a read-only list, four bytes a row. */
final class RowIndexList extends AbstractList<Integer> implements RandomAccess {
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
}

package app.fiv.model;

import java.util.List;

/**
 * A table's shape and column names: what decides whether a newer table (a refresh, the next
 * batch of a download) can be shown with the columns, sort and choices already on screen.
 */
public record ColumnSet(Shape shape, List<String> names) {
    public static final ColumnSet NONE = new ColumnSet(Shape.LIST, List.of());

    /** How a newer set relates to an older one. */
    public enum Change {
        /** The same columns: everything shown stays. */
        SAME,
        /** The same columns with more after them (a key first seen late in a download). */
        GREW,
        /**
         * The same data with columns added before it or taken away from before it (a Known or
         * Change column, see {@link FailedItemsTable#withColumns}): what is shown moves along by
         * {@link #shift}.
         */
        SHIFTED,
        /** Other data: start afresh. */
        DIFFERENT
    }

    public ColumnSet {
        names = List.copyOf(names);
    }

    public static ColumnSet of(FailedItemsTable table) {
        return table == null ? NONE : new ColumnSet(table.shape(), table.columns());
    }

    public Change since(ColumnSet older) {
        if (older == null || older.shape != shape) {
            return Change.DIFFERENT;
        }
        if (older.names.size() <= names.size() && names.subList(0, older.names.size()).equals(older.names)) {
            return older.names.size() == names.size() ? Change.SAME : Change.GREW;
        }
        return shift(older) != 0 ? Change.SHIFTED : Change.DIFFERENT;
    }

    /**
     * How far the older set's columns moved: the number of columns added before them, negative
     * for the number taken away from before them, 0 when this set is not the older one so changed.
     */
    public int shift(ColumnSet older) {
        if (older == null || older.shape != shape || older.names.isEmpty() || names.isEmpty()) {
            return 0;
        }
        int difference = names.size() - older.names.size();
        if (difference > 0 && names.subList(difference, names.size()).equals(older.names)) {
            return difference;
        }
        if (difference < 0 && older.names.subList(-difference, older.names.size()).equals(names)) {
            return difference;
        }
        return 0;
    }
}

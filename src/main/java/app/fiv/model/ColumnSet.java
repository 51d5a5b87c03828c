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
        if (older == null || older.shape != shape || older.names.size() > names.size()
                || !names.subList(0, older.names.size()).equals(older.names)) {
            return Change.DIFFERENT;
        }
        return older.names.size() == names.size() ? Change.SAME : Change.GREW;
    }
}

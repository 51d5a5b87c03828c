package app.fiv.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A job's failed items as a table of text: ordered column names and rows of cells, the same for
 * both response shapes. Immutable once built. Cells live in a compact column store
 * ({@link ColumnData}); {@link #cell} makes the text on demand, so a million rows hold no
 * million objects.
 *
 * <p><b>Added columns.</b> {@link #withColumns} gives a table with computed columns (a known
 * failure's note, a comparison's change, a row's job) before or after the data's own. The new
 * table shares this one's store: no cell is copied, and each added column costs its own store
 * only (two bytes a row for a column of few distinct values, see {@link ExtraColumn}). Sorting,
 * the quick filter, the reason filter and counting treat added columns like any other, at the
 * same speed. Column indexes move by the number of columns added first; the shape stays this
 * table's. An added column whose name the data already has gets a suffix, {@code Known (2)}, as
 * readers make names unique: find added columns by position (the first {@code n}, or the last),
 * never by name.
 */
public final class FailedItemsTable {
    private final Shape shape;
    private final List<String> columns;
    private final ColumnData[] data;
    private final int rowCount;

    FailedItemsTable(Shape shape, List<String> columns, ColumnData[] data, int rowCount) {
        this.shape = shape;
        this.columns = List.copyOf(columns);
        this.data = data;
        this.rowCount = rowCount;
    }

    public Shape shape() {
        return shape;
    }

    public List<String> columns() {
        return columns;
    }

    public int columnCount() {
        return columns.size();
    }

    public int rowCount() {
        return rowCount;
    }

    /** The cell's text; blank where a row has no value for that column. */
    public String cell(int row, int column) {
        if (column < 0 || column >= columns.size()) {
            throw new IndexOutOfBoundsException("column " + column + " of " + columns.size());
        }
        if (row < 0 || row >= rowCount) {
            throw new IndexOutOfBoundsException("row " + row + " of " + rowCount);
        }
        ColumnData store = column < data.length ? data[column] : null;
        return store == null ? "" : store.get(row);
    }

    /**
     * This table with {@code added} columns before or after its own, sharing its store. Every
     * added column must have a cell for each row of this table.
     *
     * @throws IllegalArgumentException when an added column's row count differs from this table's
     */
    public FailedItemsTable withColumns(ColumnPlacement placement, List<ExtraColumn> added) {
        Set<String> taken = new HashSet<>(columns);
        List<String> addedNames = new ArrayList<>(added.size());
        for (ExtraColumn column : added) {
            if (column.rowCount() != rowCount) {
                throw new IllegalArgumentException("column " + column.name() + " has " + column.rowCount()
                        + " rows, the table " + rowCount);
            }
            String name = column.name();
            for (int n = 2; taken.contains(name); n++) {
                name = column.name() + " (" + n + ")";
            }
            taken.add(name);
            addedNames.add(name);
        }
        List<String> names = new ArrayList<>(columns.size() + added.size());
        ColumnData[] store = new ColumnData[columns.size() + added.size()];
        int at = 0;
        if (placement == ColumnPlacement.FIRST) {
            names.addAll(addedNames);
            for (ExtraColumn column : added) {
                store[at++] = column.data();
            }
        }
        names.addAll(columns);
        for (int column = 0; column < columns.size(); column++) {
            store[at++] = data(column);
        }
        if (placement == ColumnPlacement.LAST) {
            names.addAll(addedNames);
            for (ExtraColumn column : added) {
                store[at++] = column.data();
            }
        }
        return new FailedItemsTable(shape, names, store, rowCount);
    }

    /** The same, for the columns given in order. */
    public FailedItemsTable withColumns(ColumnPlacement placement, ExtraColumn... added) {
        return withColumns(placement, List.of(added));
    }

    /**
     * The column as distinct values and a code a row, when the store keeps it so: columns of few
     * distinct values (reasons, types, statuses, added columns made of codes) and columns without
     * any cell. Empty for columns of mostly unique values (paths, GUIDs), which are read with
     * {@link #cell}.
     */
    public Optional<ColumnCodes> codes(int column) {
        if (column < 0 || column >= columns.size()) {
            throw new IndexOutOfBoundsException("column " + column + " of " + columns.size());
        }
        ColumnData store = data(column);
        if (store == null) {
            return Optional.of(new ColumnCodes(null, new String[] {""}));
        }
        return store instanceof DictColumn dict ? Optional.of(new ColumnCodes(dict.codes(), dict.values())) : Optional.empty();
    }

    /** The column's store, or null for a column no row has a cell in. */
    ColumnData data(int column) {
        return column < data.length ? data[column] : null;
    }

    public int columnIndex(String name) {
        return columns.indexOf(name);
    }

    @Override
    public String toString() {
        return "FailedItemsTable[" + shape + ", " + columns.size() + " columns, " + rowCount + " rows]";
    }
}

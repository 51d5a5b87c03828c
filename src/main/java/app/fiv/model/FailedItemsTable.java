package app.fiv.model;

import java.util.List;

/**
 * A job's failed items as a table of text: ordered column names and rows of cells, the same for
 * both response shapes. Immutable once built. Cells live in a compact column store
 * ({@link ColumnData}); {@link #cell} makes the text on demand, so a million rows hold no
 * million objects.
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
        return column < data.length ? data[column].get(row) : "";
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

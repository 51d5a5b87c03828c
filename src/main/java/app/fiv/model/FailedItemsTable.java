package app.fiv.model;

import java.util.List;

/**
 * A job's failed items as a table of text: ordered column names and rows of cells, the same for
 * both response shapes. Immutable once built.
 */
public final class FailedItemsTable {
    private final Shape shape;
    private final List<String> columns;
    private final List<String[]> rows;

    FailedItemsTable(Shape shape, List<String> columns, List<String[]> rows) {
        this.shape = shape;
        this.columns = List.copyOf(columns);
        this.rows = rows;
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
        return rows.size();
    }

    /** The cell's text; blank where a row has no value for that column. */
    public String cell(int row, int column) {
        String[] cells = rows.get(row);
        if (column < 0 || column >= columns.size()) {
            throw new IndexOutOfBoundsException("column " + column + " of " + columns.size());
        }
        return column < cells.length && cells[column] != null ? cells[column] : "";
    }

    public int columnIndex(String name) {
        return columns.indexOf(name);
    }

    @Override
    public String toString() {
        return "FailedItemsTable[" + shape + ", " + columns.size() + " columns, " + rows.size() + " rows]";
    }
}

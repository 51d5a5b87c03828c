package app.fiv.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects columns and rows into a {@link FailedItemsTable}: the {@link RowSink} the app reads a
 * response into. Column names follow the rules of {@link ColumnNames}; cells go into a compact
 * column store ({@link ColumnBuilder}): repeated values once, unique ones as UTF-8, no object a row.
 * {@link #snapshot} shows the rows so far while reading goes on.
 */
public final class TableBuilder implements RowSink {
    private Shape shape;
    private final ColumnNames names = new ColumnNames();
    private final List<ColumnBuilder> store = new ArrayList<>();
    private int rowCount;
    private int widestRow;

    public TableBuilder(Shape shape) {
        this.shape = shape;
    }

    /** A builder whose shape a reader sets through {@link #begin}. */
    public TableBuilder() {
        this(Shape.LIST);
    }

    /** The column for a list item's key, added on first sight. */
    public int columnFor(String key) {
        return names.columnFor(key);
    }

    /** The CSV shape's header, in its order. */
    public void setColumns(List<String> names) {
        this.names.setHeader(names);
    }

    public int columnCount() {
        return names.size();
    }

    /**
     * Adds a row; its cells are copied into the store, so the array may be reused. Only the row's
     * own cells are stored: a column that first appears here, or a row without a cell for it, is
     * padded with blank cells when the column is next written or a snapshot is taken, in one step,
     * not a cell a row (an answer whose every item brings a new column cost the square of its size).
     */
    public void addRow(String[] cells) {
        while (store.size() < cells.length) {
            store.add(new ColumnBuilder());
        }
        for (int i = 0; i < cells.length; i++) {
            if (cells[i] != null) {
                ColumnBuilder column = store.get(i);
                column.padTo(rowCount);
                column.add(cells[i]);
            }
        }
        widestRow = Math.max(widestRow, cells.length);
        rowCount++;
    }

    public int rowCount() {
        return rowCount;
    }

    /** The finished table; the builder must not be used afterwards. */
    public FailedItemsTable build() {
        store.forEach(column -> {
            column.padTo(rowCount);
            column.trim();
        });
        return snapshot();
    }

    /**
     * The rows so far as a table, for showing a load in progress. Call it on the thread that adds
     * rows and hand the result over through a synchronising queue (as the FX message queue is).
     */
    public FailedItemsTable snapshot() {
        // Rows longer than the header keep their cells under generated names.
        names.widenTo(widestRow);
        ColumnData[] columns = new ColumnData[store.size()];
        for (int i = 0; i < columns.length; i++) {
            ColumnBuilder column = store.get(i);
            column.padTo(rowCount);
            columns[i] = column.snapshot(rowCount);
        }
        return new FailedItemsTable(shape, names.snapshot(), columns, rowCount);
    }

    @Override
    public void begin(Shape shape) {
        this.shape = shape;
    }

    @Override
    public void columns(int first, List<String> names) {
        // Already unique: a reader applies the naming rules before telling its sink.
        this.names.assign(first, names);
    }

    @Override
    public void row(String[] cells) {
        addRow(cells);
    }

    @Override
    public void end() {
        // Nothing to flush: build() is called by whoever owns the builder.
    }
}

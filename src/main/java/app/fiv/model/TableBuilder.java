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

    /** Adds a row; its cells are copied into the store, so the array may be reused. */
    public void addRow(String[] cells) {
        while (store.size() < cells.length) {
            ColumnBuilder column = new ColumnBuilder();
            column.padTo(rowCount);
            store.add(column);
        }
        for (int i = 0; i < store.size(); i++) {
            store.get(i).add(i < cells.length ? cells[i] : null);
        }
        widestRow = Math.max(widestRow, cells.length);
        rowCount++;
    }

    public int rowCount() {
        return rowCount;
    }

    /** The finished table; the builder must not be used afterwards. */
    public FailedItemsTable build() {
        store.forEach(ColumnBuilder::trim);
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
            columns[i] = store.get(i).snapshot(rowCount);
        }
        return new FailedItemsTable(shape, names.snapshot(), columns, rowCount);
    }

    @Override
    public void begin(Shape shape) {
        this.shape = shape;
    }

    @Override
    public void columns(List<String> names) {
        // Already unique and complete: a reader applies the naming rules before telling its sink.
        this.names.setHeader(names);
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

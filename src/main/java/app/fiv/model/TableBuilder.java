package app.fiv.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects columns and rows into a {@link FailedItemsTable}: the {@link RowSink} the app reads a
 * response into. Column names follow the rules of {@link ColumnNames}; repeated cell values are
 * shared, because a big job is mostly the same few reasons.
 */
public final class TableBuilder implements RowSink {
    private Shape shape;
    private final ColumnNames names = new ColumnNames();
    private final List<ValuePool> pools = new ArrayList<>();
    private final List<String[]> rows = new ArrayList<>();
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

    /** Adds a row; the array is kept, so the caller must not reuse it. */
    public void addRow(String[] cells) {
        for (int i = 0; i < cells.length; i++) {
            cells[i] = pool(i).share(cells[i]);
        }
        widestRow = Math.max(widestRow, cells.length);
        rows.add(cells);
    }

    public int rowCount() {
        return rows.size();
    }

    public FailedItemsTable build() {
        // Rows longer than the header keep their cells under generated names.
        names.widenTo(widestRow);
        return new FailedItemsTable(shape, names.snapshot(), rows);
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

    private ValuePool pool(int column) {
        while (pools.size() <= column) {
            pools.add(new ValuePool());
        }
        return pools.get(column);
    }
}

package app.fiv.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Collects columns and rows while a response is read. Column names are made unique and never
 * blank, because a table cannot show two columns under one header or none at all.
 */
public final class TableBuilder {
    private final Shape shape;
    private final List<String> columns = new ArrayList<>();
    private final Map<String, Integer> indexByKey = new HashMap<>();
    private final List<ValuePool> pools = new ArrayList<>();
    private final List<String[]> rows = new ArrayList<>();
    private int widestRow;

    public TableBuilder(Shape shape) {
        this.shape = shape;
    }

    /** The column for a list item's key, added on first sight. */
    public int columnFor(String key) {
        Integer index = indexByKey.get(key);
        if (index != null) {
            return index;
        }
        int added = addColumn(key);
        indexByKey.put(key, added);
        return added;
    }

    /** The CSV shape's header, in its order. */
    public void setColumns(List<String> names) {
        columns.clear();
        pools.clear();
        indexByKey.clear();
        names.forEach(this::addColumn);
    }

    public int columnCount() {
        return columns.size();
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
        while (columns.size() < widestRow) {
            addColumn("Column " + (columns.size() + 1));
        }
        return new FailedItemsTable(shape, columns, rows);
    }

    private int addColumn(String name) {
        columns.add(uniqueName(name));
        return columns.size() - 1;
    }

    private ValuePool pool(int column) {
        while (pools.size() <= column) {
            pools.add(new ValuePool());
        }
        return pools.get(column);
    }

    private String uniqueName(String name) {
        String base = name == null || name.isBlank() ? "Column " + (columns.size() + 1) : name.strip();
        Set<String> taken = new HashSet<>(columns);
        String candidate = base;
        for (int n = 2; taken.contains(candidate); n++) {
            candidate = base + " (" + n + ")";
        }
        return candidate;
    }
}

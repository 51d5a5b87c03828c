package app.fiv.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * A computed column to add to a table with {@link FailedItemsTable#withColumns}: one cell for
 * each of the table's rows, kept in the same compact store as the data's own columns. Made from a
 * code a row into a list of values (the natural form of a status such as a known failure's note,
 * a comparison's change or a row's job), or from a cell a row; both give the table's fast paths
 * (sort by rank, filter, count by code) on the new column.
 */
public final class ExtraColumn {
    private final String name;
    private final ColumnData data;
    private final int rowCount;

    private ExtraColumn(String name, ColumnData data, int rowCount) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("an added column needs a name");
        }
        this.name = name.strip();
        this.data = data;
        this.rowCount = rowCount;
    }

    /**
     * Row {@code r}'s cell is {@code values.get(codes[r])}. Values may repeat and may include the
     * blank cell; they are stored once each. The array is read, not kept.
     *
     * @throws IllegalArgumentException for a code outside the values
     */
    public static ExtraColumn ofCodes(String name, List<String> values, int[] codes) {
        // One code a distinct value, the blank cell first, as the store's own dictionaries are.
        Map<String, Integer> index = new HashMap<>();
        java.util.ArrayList<String> distinct = new java.util.ArrayList<>(List.of(""));
        index.put("", 0);
        int[] remap = new int[values.size()];
        for (int i = 0; i < remap.length; i++) {
            String value = values.get(i) == null ? "" : values.get(i);
            remap[i] = index.computeIfAbsent(value, v -> {
                distinct.add(v);
                return distinct.size() - 1;
            });
        }
        if (distinct.size() > Character.MAX_VALUE + 1) {
            return ofCells(name, codes.length, row -> values.get(codes[row]));
        }
        char[] stored = new char[codes.length];
        for (int row = 0; row < codes.length; row++) {
            int code = codes[row];
            if (code < 0 || code >= remap.length) {
                throw new IllegalArgumentException("row " + row + " has code " + code + " of " + remap.length + " values");
            }
            stored[row] = (char) remap[code];
        }
        return new ExtraColumn(name, new DictColumn(stored, distinct.toArray(String[]::new)), codes.length);
    }

    /** Row {@code r}'s cell is {@code cells.apply(r)} (null is blank), for {@code rows} rows; asked once a row, in order. */
    public static ExtraColumn ofCells(String name, int rows, IntFunction<String> cells) {
        ColumnBuilder column = new ColumnBuilder();
        for (int row = 0; row < rows; row++) {
            column.add(cells.apply(row));
        }
        column.trim();
        return new ExtraColumn(name, column.snapshot(rows), rows);
    }

    /** The same cell in every row (one job's ID in a table of its rows). */
    public static ExtraColumn constant(String name, int rows, String value) {
        return ofCodes(name, List.of(value == null ? "" : value), new int[rows]);
    }

    public String name() {
        return name;
    }

    public int rowCount() {
        return rowCount;
    }

    ColumnData data() {
        return data;
    }

    @Override
    public String toString() {
        return "ExtraColumn[" + name + ", " + rowCount + " rows]";
    }
}

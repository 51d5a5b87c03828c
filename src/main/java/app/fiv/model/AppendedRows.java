package app.fiv.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One table's rows followed by some rows of another (a comparison's fixed items after the
 * current job's), in the stores the two tables already have: a dictionary column gets a merged
 * dictionary and a code a row, a column of mostly unique values points into both tables' chunks
 * (a pointer a row, no cell decoded or copied). Only the values of a dictionary that are shown
 * in a column of unique values are written out, once each.
 */
public final class AppendedRows {
    private AppendedRows() {
    }

    /**
     * A table with {@code first}'s shape, rows and columns, then {@code second}'s rows {@code rows}
     * (in that order). {@code sources[c]} is the column of {@code second} whose cells those rows
     * show in {@code first}'s column {@code c}, or -1 for blank cells; {@code extra} are more
     * columns of {@code second}, added after {@code first}'s (blank in {@code first}'s rows),
     * named as in {@code second} (with a suffix, {@code Name (2)}, where {@code first} has the name).
     *
     * @throws IllegalArgumentException when {@code sources} is not one a column of {@code first},
     *                                  or a row or column is out of range
     */
    public static FailedItemsTable of(FailedItemsTable first, FailedItemsTable second, int[] rows, int[] sources,
                                      int[] extra) {
        if (sources.length != first.columnCount()) {
            throw new IllegalArgumentException(sources.length + " sources for " + first.columnCount() + " columns");
        }
        for (int row : rows) {
            if (row < 0 || row >= second.rowCount()) {
                throw new IndexOutOfBoundsException("row " + row + " of " + second.rowCount());
            }
        }
        int firstRows = first.rowCount();
        int total = Math.addExact(firstRows, rows.length);
        List<String> names = new ArrayList<>(first.columns());
        Set<String> taken = new HashSet<>(names);
        ColumnData[] store = new ColumnData[first.columnCount() + extra.length];
        for (int column = 0; column < first.columnCount(); column++) {
            ColumnData from = sources[column] < 0 ? null : second.data(checked(second, sources[column]));
            store[column] = join(first.data(column), firstRows, from, rows);
        }
        for (int i = 0; i < extra.length; i++) {
            String name = second.columns().get(checked(second, extra[i]));
            String unique = name;
            for (int n = 2; taken.contains(unique); n++) {
                unique = name + " (" + n + ")";
            }
            taken.add(unique);
            names.add(unique);
            store[first.columnCount() + i] = join(null, firstRows, second.data(extra[i]), rows);
        }
        return new FailedItemsTable(first.shape(), names, store, total);
    }

    private static int checked(FailedItemsTable table, int column) {
        if (column < 0 || column >= table.columnCount()) {
            throw new IndexOutOfBoundsException("column " + column + " of " + table.columnCount());
        }
        return column;
    }

    /** Rows {@code 0..firstRows} of {@code top}, then rows {@code rows} of {@code bottom}; null stores are blank. */
    private static ColumnData join(ColumnData top, int firstRows, ColumnData bottom, int[] rows) {
        if (top == null && (bottom == null || rows.length == 0)) {
            return null;
        }
        if (top instanceof ArenaColumn || bottom instanceof ArenaColumn) {
            return arena(top, firstRows, bottom, rows);
        }
        DictColumn joined = dictionary((DictColumn) top, firstRows, (DictColumn) bottom, rows);
        return joined != null ? joined : arena(top, firstRows, bottom, rows);
    }

    /** Both dictionaries in one, or null when together they hold more values than 16-bit codes reach. */
    private static DictColumn dictionary(DictColumn top, int firstRows, DictColumn bottom, int[] rows) {
        List<String> values = new ArrayList<>(top == null ? List.of("") : Arrays.asList(top.values()));
        Map<String, Integer> index = new HashMap<>();
        for (int code = 0; code < values.size(); code++) {
            index.putIfAbsent(values.get(code), code);
        }
        char[] codes = new char[firstRows + rows.length];
        if (top != null) {
            System.arraycopy(top.codes(), 0, codes, 0, firstRows);
        }
        if (bottom != null) {
            int[] remap = new int[bottom.values().length];
            Arrays.fill(remap, -1);
            for (int i = 0; i < rows.length; i++) {
                int code = bottom.codes()[rows[i]];
                if (remap[code] < 0) {
                    String value = bottom.values()[code];
                    remap[code] = index.computeIfAbsent(value, v -> {
                        values.add(v);
                        return values.size() - 1;
                    });
                    if (values.size() > Character.MAX_VALUE + 1) {
                        return null;
                    }
                }
                codes[firstRows + i] = (char) remap[code];
            }
        }
        return new DictColumn(codes, values.toArray(String[]::new));
    }

    /**
     * One arena over both tables' chunks: pointers into {@code top}'s chunks as they are, into
     * {@code bottom}'s moved along by {@code top}'s chunk count; a dictionary's values are written
     * into chunks of their own, once each value shown.
     */
    private static ArenaColumn arena(ColumnData top, int firstRows, ColumnData bottom, int[] rows) {
        List<byte[]> chunks = new ArrayList<>();
        long[] pointers = new long[firstRows + rows.length];
        DictionaryChunks written = new DictionaryChunks(chunks);
        if (top instanceof ArenaColumn arena) {
            chunks.addAll(Arrays.asList(arena.chunks()));
            System.arraycopy(arena.pointers(), 0, pointers, 0, firstRows);
        } else if (top instanceof DictColumn dict) {
            long[] byCode = new long[dict.values().length];
            Arrays.fill(byCode, -1);
            for (int row = 0; row < firstRows; row++) {
                pointers[row] = written.pointer(dict, byCode, dict.codes()[row]);
            }
        }
        if (bottom instanceof ArenaColumn arena) {
            long shift = (long) chunks.size() << 32;
            chunks.addAll(Arrays.asList(arena.chunks()));
            for (int i = 0; i < rows.length; i++) {
                long pointer = arena.pointers()[rows[i]];
                pointers[firstRows + i] = pointer == 0 ? 0 : pointer + shift;
            }
        } else if (bottom instanceof DictColumn dict) {
            long[] byCode = new long[dict.values().length];
            Arrays.fill(byCode, -1);
            for (int i = 0; i < rows.length; i++) {
                pointers[firstRows + i] = written.pointer(dict, byCode, dict.codes()[rows[i]]);
            }
        }
        written.trim();
        return new ArenaColumn(chunks.toArray(byte[][]::new), pointers);
    }

    /** Dictionary values written as arena cells, each value once. */
    private static final class DictionaryChunks {
        private final ArenaWriter writer;

        DictionaryChunks(List<byte[]> chunks) {
            this.writer = new ArenaWriter(chunks, ColumnBuilder.CHUNK);
        }

        long pointer(DictColumn dict, long[] byCode, int code) {
            if (byCode[code] < 0) {
                String value = dict.values()[code];
                byCode[code] = value.isEmpty() ? 0 : writer.append(value);
            }
            return byCode[code];
        }

        /** Drops the last chunk's unused end: most dictionaries fill a small part of one. */
        void trim() {
            writer.trim();
        }
    }
}

package app.fiv.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Tables one after the other, as one: the rows of the first, then of the second..., under the
 * union of their columns in first-seen order (the first table's columns, then each column of the
 * next that is new, by name); a table without a column has blank cells in it. For the failed items
 * of many jobs in one tab.
 *
 * <p>No cell is copied as text: an arena column's new store points into the parts' own chunks (a
 * pointer a row, moved by the chunks before it), a dictionary column gets a code a row against the
 * union of the values. So joining a million rows costs a few array copies, and the result holds
 * about what the parts held. A column that is a dictionary in one part and an arena in another (a
 * small job's paths and a big one's) stores the dictionary's values once each, in a chunk of its own.
 */
public final class TableConcat {
    private TableConcat() {
    }

    /**
     * The parts one after the other. The shape is the parts' when they agree, else the list shape;
     * no part: an empty table.
     */
    public static FailedItemsTable of(List<FailedItemsTable> parts) {
        Map<String, Integer> union = new LinkedHashMap<>();
        Shape shape = null;
        int rows = 0;
        for (FailedItemsTable part : parts) {
            for (String name : part.columns()) {
                union.putIfAbsent(name, union.size());
            }
            shape = shape == null || shape == part.shape() ? part.shape() : Shape.LIST;
            rows = Math.addExact(rows, part.rowCount());
        }
        List<String> names = new ArrayList<>(union.keySet());
        ColumnData[] data = new ColumnData[names.size()];
        for (int column = 0; column < data.length; column++) {
            List<ColumnData> stores = new ArrayList<>(parts.size());
            boolean any = false;
            boolean arena = false;
            for (FailedItemsTable part : parts) {
                int index = part.columnIndex(names.get(column));
                ColumnData store = index < 0 ? null : part.data(index);
                stores.add(store);
                any |= store != null;
                arena |= store instanceof ArenaColumn;
            }
            if (any) {
                data[column] = arena ? arena(parts, stores, rows) : dictionary(parts, stores, rows);
            }
        }
        return new FailedItemsTable(shape == null ? Shape.LIST : shape, names, data, rows);
    }

    /** Every part's column is a dictionary or missing: one dictionary of the union of values. */
    private static ColumnData dictionary(List<FailedItemsTable> parts, List<ColumnData> stores, int rows) {
        Map<String, Integer> index = new HashMap<>();
        List<String> values = new ArrayList<>(List.of(""));
        index.put("", 0);
        int[][] remaps = new int[stores.size()][];
        for (int p = 0; p < stores.size(); p++) {
            if (stores.get(p) instanceof DictColumn dict) {
                int[] remap = new int[dict.values().length];
                for (int code = 0; code < remap.length; code++) {
                    remap[code] = index.computeIfAbsent(dict.values()[code], value -> {
                        values.add(value);
                        return values.size() - 1;
                    });
                }
                remaps[p] = remap;
            }
        }
        if (values.size() > Character.MAX_VALUE + 1) {
            return arena(parts, stores, rows);
        }
        char[] codes = new char[rows];
        int at = 0;
        for (int p = 0; p < stores.size(); p++) {
            int count = parts.get(p).rowCount();
            if (stores.get(p) instanceof DictColumn dict) {
                int[] remap = remaps[p];
                char[] own = dict.codes();
                for (int row = 0; row < count; row++) {
                    codes[at + row] = (char) remap[own[row]];
                }
            }
            at += count;
        }
        return new DictColumn(codes, values.toArray(String[]::new));
    }

    /** Some part keeps the column as an arena: pointers into the parts' chunks, and one chunk for dictionary values. */
    private static ColumnData arena(List<FailedItemsTable> parts, List<ColumnData> stores, int rows) {
        List<byte[]> chunks = new ArrayList<>();
        long[] pointers = new long[rows];
        ValueChunks values = new ValueChunks(chunks);
        int at = 0;
        for (int p = 0; p < stores.size(); p++) {
            int count = parts.get(p).rowCount();
            ColumnData store = stores.get(p);
            if (store instanceof ArenaColumn arena) {
                long shift = (long) chunks.size() << 32;
                chunks.addAll(List.of(arena.chunks()));
                long[] own = arena.pointers();
                for (int row = 0; row < count; row++) {
                    long pointer = own[row];
                    pointers[at + row] = pointer == 0 ? 0 : pointer + shift;
                }
            } else if (store instanceof DictColumn dict) {
                long[] byCode = values.pointers(dict.values());
                char[] own = dict.codes();
                for (int row = 0; row < count; row++) {
                    pointers[at + row] = byCode[own[row]];
                }
            }
            at += count;
        }
        return new ArenaColumn(chunks.toArray(byte[][]::new), pointers);
    }

    /** Writes dictionary values as arena cells, each in the chunk list given. */
    private static final class ValueChunks {
        private final List<byte[]> chunks;

        ValueChunks(List<byte[]> chunks) {
            this.chunks = chunks;
        }

        /** The pointer of each value, blank first (pointer 0), the others in a chunk of their own, trimmed. */
        long[] pointers(String[] values) {
            // Room for every value at its largest (3 bytes a char, a 5-byte header), so one chunk holds them all.
            long most = 0;
            for (String value : values) {
                most += 3L * value.length() + 5;
            }
            ArenaWriter writer = new ArenaWriter(chunks, (int) Math.min(most, ColumnBuilder.CHUNK));
            long[] pointers = new long[values.length];
            for (int i = 0; i < values.length; i++) {
                pointers[i] = values[i].isEmpty() ? 0 : writer.append(values[i]);
            }
            writer.trim();
            return pointers;
        }
    }
}

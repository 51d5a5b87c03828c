package app.fiv.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Appends one column's cells, as a dictionary while its values repeat and as a UTF-8 arena once
 * they turn out mostly unique (then the rows so far move over once). Written by one thread;
 * {@link #snapshot} gives an immutable view of the first rows that other threads may read while
 * appending goes on: rows below the count are never written again, and grown arrays are copies.
 */
final class ColumnBuilder {
    private static final int PROBATION = 4_096;
    private static final int MAX_DISTINCT = 16_384;
    // Under half a G1 region (1 MB and up), so chunks are ordinary objects, not humongous ones that
    // would each take whole regions and leave most of the last one empty.
    static final int CHUNK = (1 << 18) - 64;

    private int size;
    // dictionary mode
    private char[] codes = new char[1024];
    private final List<String> values = new ArrayList<>(List.of(""));
    private final Map<String, Character> index = new HashMap<>(Map.of("", (char) 0));
    private boolean dictionary = true;
    // arena mode
    private long[] pointers;
    private final List<byte[]> chunks = new ArrayList<>();
    private final ArenaWriter arena = new ArenaWriter(chunks, CHUNK);

    int size() {
        return size;
    }

    /**
     * Blank cells up to {@code rows} (a column first seen on a later item, or rows without a cell
     * in it), in one step: the blank cell is code 0 and pointer 0, which new array slots already
     * hold, since slots at or past the size are never written before the size reaches them.
     */
    void padTo(int rows) {
        if (rows <= size) {
            return;
        }
        if (dictionary) {
            if (rows > codes.length) {
                codes = Arrays.copyOf(codes, Math.max(rows, codes.length + (codes.length >> 1) + 16));
            }
        } else if (rows > pointers.length) {
            pointers = Arrays.copyOf(pointers, Math.max(rows, pointers.length + (pointers.length >> 1) + 16));
        }
        size = rows;
    }

    void add(String value) {
        String cell = value == null ? "" : value;
        if (dictionary) {
            Character code = index.get(cell);
            if (code == null && (values.size() >= MAX_DISTINCT || (size >= PROBATION && values.size() > size / 2))) {
                toArena();
            } else {
                if (code == null) {
                    code = (char) values.size();
                    values.add(cell);
                    index.put(cell, code);
                }
                codes = grow(codes, size);
                codes[size++] = code;
                return;
            }
        }
        if (size == pointers.length) {
            pointers = Arrays.copyOf(pointers, size + (size >> 1) + 16);
        }
        pointers[size++] = cell.isEmpty() ? 0 : arena.append(cell);
    }

    ColumnData snapshot(int rows) {
        if (dictionary) {
            return new DictColumn(codes, values.toArray(String[]::new));
        }
        return new ArenaColumn(chunks.toArray(byte[][]::new), pointers);
    }

    /** Drops spare capacity once the column is complete. */
    void trim() {
        if (dictionary) {
            codes = Arrays.copyOf(codes, size);
        } else {
            pointers = Arrays.copyOf(pointers, size);
            arena.trim();
        }
    }

    private void toArena() {
        dictionary = false;
        pointers = new long[Math.max(size * 2, 1024)];
        for (int row = 0; row < size; row++) {
            String cell = values.get(codes[row]);
            pointers[row] = cell.isEmpty() ? 0 : arena.append(cell);
        }
        codes = null;
        values.clear();
        index.clear();
    }

    private static char[] grow(char[] array, int size) {
        return size < array.length ? array : Arrays.copyOf(array, size + (size >> 1) + 16);
    }
}

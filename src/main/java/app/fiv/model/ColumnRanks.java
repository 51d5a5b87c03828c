package app.fiv.model;

import java.util.Arrays;
import java.util.Comparator;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * Each row's dense rank in a column under {@link CellComparator}: equal cells share a rank. A
 * dictionary column ranks its few distinct values; any other column sorts one key a row, with
 * the case folding and number parsing done once a row instead of once a comparison.
 */
final class ColumnRanks {
    private ColumnRanks() {
    }

    /** The ranks, and how many distinct ones there are (in the last slot). */
    static int[] of(FailedItemsTable table, int column, BooleanSupplier cancelled) {
        int rows = table.rowCount();
        ColumnData data = table.data(column);
        int[] ranks = new int[rows + 1];
        if (data == null) {
            ranks[rows] = 1;
            return ranks;
        }
        if (data instanceof DictColumn dict) {
            String[] values = dict.values();
            Integer[] byValue = new Integer[values.length];
            Arrays.setAll(byValue, i -> i);
            Arrays.sort(byValue, (a, b) -> CellComparator.compare(values[a], values[b]));
            int[] rankOfCode = new int[values.length];
            int rank = -1;
            for (int i = 0; i < byValue.length; i++) {
                if (i == 0 || CellComparator.compare(values[byValue[i - 1]], values[byValue[i]]) != 0) {
                    rank++;
                }
                rankOfCode[byValue[i]] = rank;
            }
            char[] codes = dict.codes();
            for (int row = 0; row < rows; row++) {
                ranks[row] = rankOfCode[codes[row]];
            }
            ranks[rows] = rank + 1;
            return ranks;
        }
        Key[] keys = new Key[rows];
        // Decoding and folding a million cells is half the work: both cores share it.
        java.util.stream.IntStream.range(0, rows).parallel().forEach(row -> keys[row] = new Key(data.get(row), row));
        if (cancelled.getAsBoolean()) {
            throw new CancellationException("sort replaced");
        }
        Arrays.parallelSort(keys, BY_CELL);
        if (cancelled.getAsBoolean()) {
            throw new CancellationException("sort replaced");
        }
        int rank = -1;
        for (int i = 0; i < rows; i++) {
            if (i == 0 || BY_CELL.compare(keys[i - 1], keys[i]) != 0) {
                rank++;
            }
            ranks[keys[i].row] = rank;
        }
        ranks[rows] = rank + 1;
        return ranks;
    }

    /** Same order as {@link CellComparator#compare} on the cells. */
    private static final Comparator<Key> BY_CELL = (a, b) -> {
        if (a.integer && b.integer && a.number != b.number) {
            return Long.compare(a.number, b.number);
        }
        int folded = a.folded.compareTo(b.folded);
        return folded != 0 ? folded : a.cell.compareTo(b.cell);
    };

    private static final class Key {
        final String cell;
        final String folded;
        final boolean integer;
        final long number;
        final int row;

        Key(String cell, int row) {
            this.cell = cell;
            this.row = row;
            this.folded = fold(cell);
            this.integer = CellComparator.isInteger(cell);
            this.number = integer ? Long.parseLong(cell) : 0;
        }

        /** Each char as {@link String#CASE_INSENSITIVE_ORDER} compares it. */
        private static String fold(String cell) {
            char[] chars = null;
            for (int i = 0; i < cell.length(); i++) {
                char c = cell.charAt(i);
                char f = Character.toLowerCase(Character.toUpperCase(c));
                if (f != c) {
                    if (chars == null) {
                        chars = cell.toCharArray();
                    }
                    chars[i] = f;
                }
            }
            return chars == null ? cell : new String(chars);
        }
    }
}

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
        java.util.stream.IntStream.range(0, rows).parallel().forEach(row -> keys[row] = Key.of(data, row));
        if (cancelled.getAsBoolean()) {
            throw new CancellationException("sort replaced");
        }
        Comparator<Key> byCell = byCell(data);
        Arrays.parallelSort(keys, byCell);
        if (cancelled.getAsBoolean()) {
            throw new CancellationException("sort replaced");
        }
        int rank = -1;
        for (int i = 0; i < rows; i++) {
            if (i == 0 || byCell.compare(keys[i - 1], keys[i]) != 0) {
                rank++;
            }
            ranks[keys[i].row] = rank;
        }
        ranks[rows] = rank + 1;
        return ranks;
    }

    /** Same order as {@link CellComparator#compare} on the cells; equal folded keys (rare) compare the cells. */
    private static Comparator<Key> byCell(ColumnData data) {
        return (a, b) -> {
            if (a.integer != b.integer) {
                return a.integer ? -1 : 1;
            }
            if (a.integer && a.number != b.number) {
                return Long.compare(a.number, b.number);
            }
            int folded = a.folded.compareTo(b.folded);
            return folded != 0 || a.row == b.row ? folded : data.get(a.row).compareTo(data.get(b.row));
        };
    }

    /** A cell as {@link String#CASE_INSENSITIVE_ORDER} sees it, each char folded once. */
    private static final class Key {
        final String folded;
        final boolean integer;
        final long number;
        final int row;

        private Key(String folded, boolean integer, long number, int row) {
            this.folded = folded;
            this.integer = integer;
            this.number = number;
            this.row = row;
        }

        static Key of(ColumnData data, int row) {
            String ascii = data instanceof ArenaColumn arena ? arena.foldedAscii(row) : null;
            if (ascii != null && !ascii.isEmpty() && !startsNumber(ascii.charAt(0))) {
                return new Key(ascii, false, 0, row); // most paths: no decoding, one string
            }
            String cell = data.get(row);
            boolean integer = CellComparator.isInteger(cell);
            return new Key(fold(cell), integer, integer ? Long.parseLong(cell) : 0, row);
        }

        private static boolean startsNumber(char c) {
            return c == '-' || (c >= '0' && c <= '9');
        }

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

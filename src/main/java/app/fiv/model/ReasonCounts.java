package app.fiv.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.IntUnaryOperator;

/** Counts the rows per distinct reason, biggest first (ties in the order reasons first appear). */
public final class ReasonCounts {
    private static final int CANCEL_CHECK_EVERY = 8192;

    private ReasonCounts() {
    }

    public static List<ReasonCount> count(FailedItemsTable table, int reasonColumn, BooleanSupplier cancelled) {
        if (table.data(reasonColumn) instanceof DictColumn dict) {
            return countCodes(dict, table.rowCount(), cancelled);
        }
        return countCells(table, reasonColumn, table.rowCount(), row -> row, cancelled);
    }

    /** A dictionary column: one counter a code; codes are numbered in the order values first appear. */
    private static List<ReasonCount> countCodes(DictColumn dict, int rows, BooleanSupplier cancelled) {
        char[] codes = dict.codes();
        int[] counts = new int[dict.values().length];
        int[] firstRow = new int[counts.length];
        Arrays.fill(firstRow, Integer.MAX_VALUE);
        for (int row = 0; row < rows; row++) {
            if (row % (CANCEL_CHECK_EVERY * 16) == 0 && cancelled.getAsBoolean()) {
                throw new CancellationException("counting replaced");
            }
            int code = codes[row];
            if (counts[code]++ == 0) {
                firstRow[code] = row;
            }
        }
        Integer[] seen = new Integer[counts.length];
        Arrays.setAll(seen, i -> i);
        Arrays.sort(seen, Comparator.comparingInt(code -> firstRow[code]));
        List<ReasonCount> result = new ArrayList<>();
        for (int code : seen) {
            if (counts[code] > 0) {
                result.add(new ReasonCount(dict.values()[code], counts[code]));
            }
        }
        return biggestFirst(result);
    }

    /** The same over some rows only (those a filter shows); each row index once. */
    public static List<ReasonCount> count(FailedItemsTable table, int reasonColumn, int[] rows, BooleanSupplier cancelled) {
        return countCells(table, reasonColumn, rows.length, i -> rows[i], cancelled);
    }

    /** Counts the reasons of {@code count} rows, the i-th being {@code rowAt(i)}, as text. */
    private static List<ReasonCount> countCells(FailedItemsTable table, int reasonColumn, int count,
                                                IntUnaryOperator rowAt, BooleanSupplier cancelled) {
        // Insertion order of a LinkedHashMap would do too; an index keeps ties stable after the sort.
        Map<String, int[]> counts = new HashMap<>();
        List<String> firstSeen = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            if (i % CANCEL_CHECK_EVERY == 0 && cancelled.getAsBoolean()) {
                throw new CancellationException("counting replaced");
            }
            String reason = table.cell(rowAt.applyAsInt(i), reasonColumn);
            int[] tally = counts.get(reason);
            if (tally == null) {
                counts.put(reason, new int[] {1});
                firstSeen.add(reason);
            } else {
                tally[0]++;
            }
        }
        List<ReasonCount> result = new ArrayList<>(firstSeen.size());
        for (String reason : firstSeen) {
            result.add(new ReasonCount(reason, counts.get(reason)[0]));
        }
        return biggestFirst(result);
    }

    private static List<ReasonCount> biggestFirst(List<ReasonCount> result) {
        result.sort(Comparator.comparingInt(ReasonCount::count).reversed());
        return List.copyOf(result);
    }
}

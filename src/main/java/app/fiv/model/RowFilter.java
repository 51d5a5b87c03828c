package app.fiv.model;

import java.util.Arrays;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * Which rows remain under the quick filter and the reason filter: a row stays when any of the
 * searched columns contains the text (ignoring case) and, if a reason is chosen, its reason cell
 * is that reason. The result keeps the order it was given, so sorting and filtering compose.
 *
 * @param text          the quick filter's text; blank matches every row
 * @param columns       the columns searched (the visible ones)
 * @param reasonColumn  the column of the reason filter, or -1 for none
 * @param reason        the reason rows must have when {@code reasonColumn} is set
 */
public record RowFilter(String text, int[] columns, int reasonColumn, String reason) {
    private static final int CANCEL_CHECK_EVERY = 4096;

    public static final RowFilter NONE = new RowFilter("", new int[0], -1, "");

    public RowFilter {
        text = text == null ? "" : text.strip();
        columns = columns.clone();
        reason = reason == null ? "" : reason;
    }

    public boolean isEmpty() {
        return text.isEmpty() && reasonColumn < 0;
    }

    /** The rows of {@code order} that pass, in that order; stops with a CancellationException when asked to. */
    public int[] apply(FailedItemsTable table, int[] order, BooleanSupplier cancelled) {
        if (isEmpty()) {
            return order;
        }
        Needle needle = new Needle(text);
        int[] kept = new int[order.length];
        int count = 0;
        for (int i = 0; i < order.length; i++) {
            if (i % CANCEL_CHECK_EVERY == 0 && cancelled.getAsBoolean()) {
                throw new CancellationException("filter replaced");
            }
            int row = order[i];
            if (matches(table, row, needle)) {
                kept[count++] = row;
            }
        }
        return count == kept.length ? kept : Arrays.copyOf(kept, count);
    }

    private boolean matches(FailedItemsTable table, int row, Needle needle) {
        if (reasonColumn >= 0 && !table.cell(row, reasonColumn).equals(reason)) {
            return false;
        }
        if (needle.isEmpty()) {
            return true;
        }
        for (int column : columns) {
            if (needle.foundIn(table.cell(row, column))) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RowFilter f && f.text.equals(text) && Arrays.equals(f.columns, columns)
                && f.reasonColumn == reasonColumn && f.reason.equals(reason);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * text.hashCode() + Arrays.hashCode(columns)) + reasonColumn * 17 + reason.hashCode();
    }

    @Override
    public String toString() {
        return "RowFilter[text=" + text + ", columns=" + Arrays.toString(columns) + ", reasonColumn=" + reasonColumn
                + ", reason=" + reason + "]";
    }

    /**
     * Case-insensitive "contains" without lower-casing every cell: the first character is found
     * in either case, then the rest compared with {@code regionMatches}, so no cell is copied.
     */
    private static final class Needle {
        private final String text;
        private final char lower;
        private final char upper;

        Needle(String text) {
            this.text = text;
            this.lower = text.isEmpty() ? 0 : Character.toLowerCase(text.charAt(0));
            this.upper = text.isEmpty() ? 0 : Character.toUpperCase(text.charAt(0));
        }

        boolean isEmpty() {
            return text.isEmpty();
        }

        boolean foundIn(String cell) {
            int last = cell.length() - text.length();
            for (int i = 0; i <= last; i++) {
                char c = cell.charAt(i);
                if ((c == lower || c == upper || Character.toLowerCase(c) == lower)
                        && cell.regionMatches(true, i, text, 0, text.length())) {
                    return true;
                }
            }
            return false;
        }
    }
}

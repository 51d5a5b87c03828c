package app.fiv.model;

import java.util.Arrays;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * Which rows remain under the quick filter, the reason filter and a chosen value of one more
 * column (a comparison's change): a row stays when any of the searched columns contains the text
 * (ignoring case) and, if a reason is chosen, its reason cell is that reason, and if a value is
 * chosen, its cell in that column is that value. The result keeps the order it was given, so
 * sorting and filtering compose.
 *
 * @param text          the quick filter's text; blank matches every row
 * @param columns       the columns searched (the visible ones)
 * @param reasonColumn  the column of the reason filter, or -1 for none
 * @param reason        the reason rows must have when {@code reasonColumn} is set
 * @param choiceColumn  the column of the chosen value, or -1 for none
 * @param choice        the value rows must have in {@code choiceColumn} when it is set
 */
public record RowFilter(String text, int[] columns, int reasonColumn, String reason, int choiceColumn, String choice) {
    private static final int CANCEL_CHECK_EVERY = 4096;

    public static final RowFilter NONE = new RowFilter("", new int[0], -1, "");

    public RowFilter {
        text = text == null ? "" : text.strip();
        columns = columns.clone();
        reason = reason == null ? "" : reason;
        choice = choice == null ? "" : choice;
    }

    /** The quick filter and the reason filter only. */
    public RowFilter(String text, int[] columns, int reasonColumn, String reason) {
        this(text, columns, reasonColumn, reason, -1, "");
    }

    /** Only the rows whose cell in {@code column} is {@code value}. */
    public static RowFilter only(int column, String value) {
        return new RowFilter("", new int[0], -1, "", column, value);
    }

    public boolean isEmpty() {
        return text.isEmpty() && reasonColumn < 0 && choiceColumn < 0;
    }

    /** The rows of {@code order} that pass, in that order; stops with a CancellationException when asked to. */
    public int[] apply(FailedItemsTable table, int[] order, BooleanSupplier cancelled) {
        if (isEmpty()) {
            return order;
        }
        Needle needle = new Needle(text);
        CellMatcher[] matchers = new CellMatcher[needle.isEmpty() ? 0 : columns.length];
        for (int i = 0; i < matchers.length; i++) {
            matchers[i] = CellMatcher.of(table, columns[i], needle);
        }
        CellMatcher reasonMatcher = reasonColumn < 0 ? null : CellMatcher.equalTo(table, reasonColumn, reason);
        CellMatcher choiceMatcher = choiceColumn < 0 ? null : CellMatcher.equalTo(table, choiceColumn, choice);
        int[] kept = new int[order.length];
        int count = 0;
        for (int i = 0; i < order.length; i++) {
            if (i % CANCEL_CHECK_EVERY == 0 && cancelled.getAsBoolean()) {
                throw new CancellationException("filter replaced");
            }
            int row = order[i];
            if ((reasonMatcher == null || reasonMatcher.matches(row)) && (choiceMatcher == null || choiceMatcher.matches(row))
                    && anyMatches(matchers, row)) {
                kept[count++] = row;
            }
        }
        return count == kept.length ? kept : Arrays.copyOf(kept, count);
    }

    /**
     * The rows of {@code rows} whose cell in {@code column} is blank, in that order: what is left
     * when the rows marked in a column (known failures) are hidden. A dictionary column is judged
     * once a value.
     */
    public static int[] keepBlank(FailedItemsTable table, int column, int[] rows, BooleanSupplier cancelled) {
        CellMatcher blank = CellMatcher.equalTo(table, column, "");
        int[] kept = new int[rows.length];
        int count = 0;
        for (int i = 0; i < rows.length; i++) {
            if (i % (CANCEL_CHECK_EVERY * 16) == 0 && cancelled.getAsBoolean()) {
                throw new CancellationException("filter replaced");
            }
            if (blank.matches(rows[i])) {
                kept[count++] = rows[i];
            }
        }
        return count == kept.length ? kept : Arrays.copyOf(kept, count);
    }

    private static boolean anyMatches(CellMatcher[] matchers, int row) {
        if (matchers.length == 0) {
            return true;
        }
        for (CellMatcher matcher : matchers) {
            if (matcher.matches(row)) {
                return true;
            }
        }
        return false;
    }

    /** True when {@code narrower} keeps only rows this filter keeps, so it may search this one's hits. */
    public boolean narrowedBy(RowFilter narrower) {
        return narrower.reasonColumn == reasonColumn && narrower.reason.equals(reason)
                && narrower.choiceColumn == choiceColumn && narrower.choice.equals(choice)
                && Arrays.equals(narrower.columns, columns)
                && narrower.text.contains(text);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RowFilter f && f.text.equals(text) && Arrays.equals(f.columns, columns)
                && f.reasonColumn == reasonColumn && f.reason.equals(reason)
                && f.choiceColumn == choiceColumn && f.choice.equals(choice);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * (31 * text.hashCode() + Arrays.hashCode(columns)) + reasonColumn * 17 + reason.hashCode())
                + choiceColumn * 13 + choice.hashCode();
    }

    @Override
    public String toString() {
        return "RowFilter[text=" + text + ", columns=" + Arrays.toString(columns) + ", reasonColumn=" + reasonColumn
                + ", reason=" + reason + ", choiceColumn=" + choiceColumn + ", choice=" + choice + "]";
    }
}

package app.fiv.ui.table;

import java.util.Arrays;

/**
 * The rows an action works on. "All shown rows" is one state rather than a million selected
 * indexes: select-all, copy and export then cost nothing until the rows are actually written.
 */
public record RowSelection(boolean allShown, int[] rows) {
    public static RowSelection allShownRows() {
        return new RowSelection(true, new int[0]);
    }

    /** Table rows (model indexes, not view positions), in display order. */
    public static RowSelection of(int... rows) {
        return new RowSelection(false, rows.clone());
    }

    public boolean isEmpty(int shownCount) {
        return allShown ? shownCount == 0 : rows.length == 0;
    }

    /** The table rows meant, given the rows shown now. */
    int[] resolve(int[] shown) {
        return allShown ? shown : rows;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RowSelection s && s.allShown == allShown && Arrays.equals(s.rows, rows);
    }

    @Override
    public int hashCode() {
        return Boolean.hashCode(allShown) * 31 + Arrays.hashCode(rows);
    }

    @Override
    public String toString() {
        return allShown ? "RowSelection[all shown]" : "RowSelection" + Arrays.toString(rows);
    }
}

package app.fiv.model;

/**
 * A column seen as its distinct values and a code a row, for work that is done once a value
 * rather than once a row (matching a million rows' reasons against a few rules). Read-only; only
 * columns the store keeps as a dictionary have one (see {@link FailedItemsTable#codes}).
 */
public final class ColumnCodes {
    private final char[] codes;
    private final String[] values;

    ColumnCodes(char[] codes, String[] values) {
        this.codes = codes;
        this.values = values;
    }

    /** How many distinct values there are; codes run from 0 to this, exclusive. */
    public int valueCount() {
        return values.length;
    }

    /** The text of a code; values need not be in any order, and one of them may be blank. */
    public String value(int code) {
        return values[code];
    }

    /** The code of the row's cell. */
    public int code(int row) {
        return codes == null ? 0 : codes[row];
    }
}

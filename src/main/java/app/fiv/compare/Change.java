package app.fiv.compare;

/** What became of an item between the earlier run and this one: the values of a comparison's {@code Change} column. */
public enum Change {
    /** Fails in this run, did not in the earlier one. */
    NEW("new"),
    /** Failed in the earlier run too (perhaps for another reason). */
    STILL_FAILING("still failing"),
    /** Failed in the earlier run, not in this one: the row carries the earlier run's cells. */
    FIXED("fixed");

    private final String text;

    Change(String text) {
        this.text = text;
    }

    /** The cell's text, exactly as tables, exports and filters show it: {@code new}, {@code still failing}, {@code fixed}. */
    public String text() {
        return text;
    }

    /** The change a cell's text names, or null for any other text. */
    public static Change of(String text) {
        for (Change change : values()) {
            if (change.text.equals(text)) {
                return change;
            }
        }
        return null;
    }
}

package app.fiv.api;

/** The four severities of CommServe events ({@code severity} 0, 3, 6, 9), most severe last. */
public enum EventSeverity {
    INFORMATION(0, "Information"),
    MINOR(3, "Minor"),
    MAJOR(6, "Major"),
    CRITICAL(9, "Critical");

    private final int level;
    private final String label;

    EventSeverity(int level, String label) {
        this.level = level;
        this.label = label;
    }

    /** The number the CommServe sends. */
    public int level() {
        return level;
    }

    public String label() {
        return label;
    }

    /** The severity of a level; one between the documented values counts as the one below it. */
    public static EventSeverity of(int level) {
        if (level >= CRITICAL.level) {
            return CRITICAL;
        }
        if (level >= MAJOR.level) {
            return MAJOR;
        }
        return level >= MINOR.level ? MINOR : INFORMATION;
    }
}

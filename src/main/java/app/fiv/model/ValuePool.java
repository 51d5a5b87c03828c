package app.fiv.model;

import java.util.HashMap;
import java.util.Map;

/**
 * Keeps one copy of each repeated cell value of a column (reasons, item types, statuses), which
 * is most of a big job's text. A column whose values turn out to be mostly unique (paths, GUIDs)
 * stops being pooled, so the pool never costs more than it saves.
 */
final class ValuePool {
    private static final int PROBATION = 4_096;
    private static final int MAX_DISTINCT = 16_384;

    private final Map<String, String> values = new HashMap<>();
    private int seen;
    private boolean enabled = true;

    String share(String value) {
        if (!enabled || value == null) {
            return value;
        }
        String existing = values.putIfAbsent(value, value);
        seen++;
        if (values.size() > MAX_DISTINCT || (seen >= PROBATION && values.size() > seen / 2)) {
            enabled = false;
            values.clear();
        }
        return existing != null ? existing : value;
    }

    boolean pooling() {
        return enabled;
    }
}

package app.fiv.model;

import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;

/**
 * Which column holds what the admin copies (the path) and what they group by (the reason). The
 * list shape names them {@code entity} and {@code failureReason}, the CSV shape {@code Path} and
 * {@code Reason}; other data is judged by what its column names say.
 */
public final class ColumnRoles {
    private static final List<String> PATH_WORDS = List.of("path", "entity", "file", "item");
    private static final List<String> REASON_WORDS = List.of("reason", "error", "status");

    private ColumnRoles() {
    }

    /** The column a double-click copies, or empty when no name says path/entity/file/item. */
    public static OptionalInt pathColumn(List<String> columns) {
        OptionalInt exact = exactly(columns, "entity", "path");
        return exact.isPresent() ? exact : firstNaming(columns, PATH_WORDS);
    }

    /** The column the failure reasons panel counts, or empty when no name says reason/error/status. */
    public static OptionalInt reasonColumn(List<String> columns) {
        OptionalInt exact = exactly(columns, "failurereason", "reason");
        return exact.isPresent() ? exact : firstNaming(columns, REASON_WORDS);
    }

    public static boolean looksLikePath(String columnName) {
        String name = columnName.toLowerCase(Locale.ROOT);
        return PATH_WORDS.stream().filter(word -> !word.equals("item")).anyMatch(name::contains);
    }

    private static OptionalInt exactly(List<String> columns, String... names) {
        for (String name : names) {
            for (int i = 0; i < columns.size(); i++) {
                if (columns.get(i).strip().equalsIgnoreCase(name)) {
                    return OptionalInt.of(i);
                }
            }
        }
        return OptionalInt.empty();
    }

    /** Word by word, so that "Item Type" loses to "Path" and "Status" to "Reason". */
    private static OptionalInt firstNaming(List<String> columns, List<String> words) {
        for (String word : words) {
            for (int i = 0; i < columns.size(); i++) {
                if (columns.get(i).toLowerCase(Locale.ROOT).contains(word)) {
                    return OptionalInt.of(i);
                }
            }
        }
        return OptionalInt.empty();
    }
}

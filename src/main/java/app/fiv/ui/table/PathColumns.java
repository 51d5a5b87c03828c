package app.fiv.ui.table;

import java.util.Locale;

/** Which columns hold paths: {@code entity} in the list shape, {@code Path} in the CSV shape, or alike. */
final class PathColumns {
    private PathColumns() {
    }

    static boolean looksLikePath(String columnName) {
        String name = columnName.toLowerCase(Locale.ROOT);
        return name.equals("entity") || name.contains("path") || name.contains("file");
    }
}

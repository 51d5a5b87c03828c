package app.fiv.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules for column names, shared by every reader and sink: list keys in first-seen order, the
 * CSV shape's header as given, duplicates and blanks made unique (a table cannot show two columns
 * under one header or none at all), and cells beyond the header named {@code Column N}.
 */
final class ColumnNames {
    private final List<String> names = new ArrayList<>();
    private final Map<String, Integer> indexByKey = new HashMap<>();
    private int widest;
    private boolean changed;

    /** The column of a list item's key, added on first sight. */
    int columnFor(String key) {
        Integer index = indexByKey.get(key);
        if (index != null) {
            return index;
        }
        int added = add(key);
        indexByKey.put(key, added);
        return added;
    }

    /** The CSV shape's header; columns for cells seen beyond it keep their generated names. */
    void setHeader(List<String> header) {
        names.clear();
        indexByKey.clear();
        header.forEach(this::add);
        widenTo(widest);
        changed = true;
    }

    /** Makes sure a row this wide has a name for every cell. */
    void widenTo(int width) {
        widest = Math.max(widest, width);
        while (names.size() < width) {
            add("Column " + (names.size() + 1));
        }
    }

    int size() {
        return names.size();
    }

    List<String> snapshot() {
        return List.copyOf(names);
    }

    /** True once after each change, so a reader tells its sink only when there is news. */
    boolean takeChange() {
        boolean was = changed;
        changed = false;
        return was;
    }

    private int add(String name) {
        names.add(uniqueName(name));
        changed = true;
        return names.size() - 1;
    }

    private String uniqueName(String name) {
        String base = name == null || name.isBlank() ? "Column " + (names.size() + 1) : name.strip();
        Set<String> taken = new HashSet<>(names);
        String candidate = base;
        for (int n = 2; taken.contains(candidate); n++) {
            candidate = base + " (" + n + ")";
        }
        return candidate;
    }
}

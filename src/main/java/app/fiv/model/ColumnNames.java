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
 *
 * <p>Every operation costs in proportion to the names it adds or replaces, never to all names so
 * far: an answer whose every item brings a key of its own (or a header of one name repeated) must
 * not cost the square of its size. The set of names taken persists, and so does, for each name
 * made unique, the next suffix to try.
 */
final class ColumnNames {
    private static final int NONE = Integer.MAX_VALUE;

    private final List<String> names = new ArrayList<>();
    private final Map<String, Integer> indexByKey = new HashMap<>();
    private final Set<String> taken = new HashSet<>();
    private final Map<String, Integer> nextSuffix = new HashMap<>();
    private int widest;
    private int firstChanged = NONE;

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
        clear(0);
        indexByKey.clear();
        header.forEach(this::add);
        widenTo(widest);
        firstChanged = 0;
    }

    /**
     * Names from column {@code first} on, already unique (a reader's, passed on to its sink): the
     * columns before {@code first} keep theirs, the list ends after {@code given}.
     */
    void assign(int first, List<String> given) {
        if (first < names.size()) {
            clear(first);
        }
        for (String name : given) {
            taken.add(name);
            names.add(name);
        }
        firstChanged = Math.min(firstChanged, first);
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

    /** The names from column {@code first} on, as a fresh list. */
    List<String> from(int first) {
        return List.copyOf(names.subList(first, names.size()));
    }

    /**
     * The first column whose name was added or changed since the last call, or -1 when none was:
     * a reader tells its sink only the news.
     */
    int takeFirstChanged() {
        int first = firstChanged;
        firstChanged = NONE;
        return first == NONE ? -1 : first;
    }

    private int add(String name) {
        String unique = uniqueName(name);
        taken.add(unique);
        names.add(unique);
        firstChanged = Math.min(firstChanged, names.size() - 1);
        return names.size() - 1;
    }

    /** Drops the names from {@code first} on; the suffixes to try are found again as needed. */
    private void clear(int first) {
        names.subList(first, names.size()).clear();
        taken.clear();
        taken.addAll(names);
        nextSuffix.clear();
    }

    private String uniqueName(String name) {
        String base = name == null || name.isBlank() ? "Column " + (names.size() + 1) : name.strip();
        if (!taken.contains(base)) {
            return base;
        }
        // Suffixes below the one remembered were taken when it was, and names are never given back.
        int n = nextSuffix.getOrDefault(base, 2);
        String candidate = base + " (" + n + ")";
        while (taken.contains(candidate)) {
            n++;
            candidate = base + " (" + n + ")";
        }
        nextSuffix.put(base, n + 1);
        return candidate;
    }
}

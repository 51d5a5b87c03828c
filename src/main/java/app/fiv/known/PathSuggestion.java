package app.fiv.known;

import java.util.List;

/**
 * The path pattern a new rule starts with: one item's own path, or for several the folder they
 * all share with {@code **} after it (so the rule also fits what fails there tomorrow). Blank when
 * they share no folder below a root ({@code C:\}, {@code /srv/}): a whole drive is never offered.
 */
public final class PathSuggestion {
    private PathSuggestion() {
    }

    /** Reads each path once and keeps none: a selection of a million rows costs no copy of their paths. */
    public static String forPaths(List<String> paths) {
        String first = null;
        int given = 0;
        boolean ignoreCase = false;
        int common = 0;
        for (String path : paths) {
            if (path == null || path.isBlank()) {
                continue;
            }
            if (first == null) {
                first = path;
                ignoreCase = PathGlob.isWindowsStyle(first);
                common = first.length();
            } else {
                common = sharedLength(first, path, common, ignoreCase);
            }
            given++;
        }
        if (first == null) {
            return "";
        }
        if (given == 1) {
            return first.strip();
        }
        int folderEnd = -1;
        for (int i = common - 1; i >= 0; i--) {
            if (PathGlob.isSeparator(first.charAt(i))) {
                folderEnd = i;
                break;
            }
        }
        if (folderEnd < 0) {
            return "";
        }
        String folder = first.substring(0, folderEnd + 1);
        long names = java.util.Arrays.stream(folder.split("[\\\\/]")).filter(name -> !name.isBlank()).count();
        return names < 2 ? "" : folder.strip() + "**";
    }

    private static int sharedLength(String a, String b, int limit, boolean ignoreCase) {
        int n = Math.min(limit, b.length());
        for (int i = 0; i < n; i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (!(PathGlob.isSeparator(x) ? PathGlob.isSeparator(y) : Wildcards.same(x, y, ignoreCase))) {
                return i;
            }
        }
        return n;
    }
}

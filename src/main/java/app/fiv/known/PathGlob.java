package app.fiv.known;

import java.util.ArrayList;
import java.util.List;

/**
 * A path pattern, compiled once: {@code *} is any text within one folder name, {@code ?} one
 * character of it, {@code **} any number of folders (none included), and every other character
 * itself. {@code \} and {@code /} both separate folders and match each other, so one pattern fits
 * {@code E:\Users\...} and {@code \\nas01\share\...} as well as {@code /srv/www/...}; there is no
 * escape character. Windows-style paths (a drive letter or any backslash: also Exchange's
 * {@code \mailbox\folder}) match ignoring case, as Windows compares them; other paths match
 * case-sensitively. A folder item's trailing separator is ignored unless the pattern ends with one.
 */
public final class PathGlob {
    private static final String GLOBSTAR = "**";

    private final String pattern;
    private final String[] segments;
    private final boolean globstar;
    private final boolean trailingSeparator;
    // The characters before the first wildcard: most rows are told apart by these alone.
    private final String prefix;

    private PathGlob(String pattern) {
        this.pattern = pattern;
        List<String> parts = split(pattern);
        this.trailingSeparator = pattern.length() > 1 && isSeparator(pattern.charAt(pattern.length() - 1));
        this.segments = parts.toArray(String[]::new);
        this.globstar = parts.contains(GLOBSTAR);
        int wildcard = firstWildcard(pattern);
        this.prefix = pattern.substring(0, wildcard);
    }

    /** @throws IllegalArgumentException for a blank pattern */
    public static PathGlob compile(String pattern) {
        if (pattern == null || pattern.isBlank()) {
            throw new IllegalArgumentException("A path pattern cannot be blank.");
        }
        return new PathGlob(pattern.strip());
    }

    public String pattern() {
        return pattern;
    }

    public boolean matches(String path) {
        boolean ignoreCase = isWindowsStyle(path);
        if (!startsWith(path, prefix, ignoreCase)) {
            return false;
        }
        int end = path.length();
        if (!trailingSeparator) {
            while (end > 1 && isSeparator(path.charAt(end - 1))) {
                end--;
            }
        }
        int[] bounds = segmentBounds(path, end);
        int count = bounds.length / 2;
        if (!globstar) {
            if (count != segments.length) {
                return false;
            }
            for (int i = 0; i < count; i++) {
                if (!segmentMatches(segments[i], path, bounds[2 * i], bounds[2 * i + 1], ignoreCase)) {
                    return false;
                }
            }
            return true;
        }
        return matchWithGlobstar(path, bounds, count, ignoreCase);
    }

    /** Which pattern positions can have matched the path's first folders, one folder at a time. */
    private boolean matchWithGlobstar(String path, int[] bounds, int count, boolean ignoreCase) {
        int n = segments.length;
        boolean[] current = new boolean[n + 1];
        current[0] = true;
        skipGlobstars(current);
        for (int s = 0; s < count; s++) {
            boolean[] next = new boolean[n + 1];
            boolean any = false;
            for (int p = 0; p < n; p++) {
                if (!current[p]) {
                    continue;
                }
                if (segments[p].equals(GLOBSTAR)) {
                    next[p] = true;
                    any = true;
                } else if (segmentMatches(segments[p], path, bounds[2 * s], bounds[2 * s + 1], ignoreCase)) {
                    next[p + 1] = true;
                    any = true;
                }
            }
            if (!any) {
                return false;
            }
            skipGlobstars(next);
            current = next;
        }
        return current[n];
    }

    /** {@code **} may stand for no folder at all. */
    private void skipGlobstars(boolean[] states) {
        for (int p = 0; p < segments.length; p++) {
            if (states[p] && segments[p].equals(GLOBSTAR)) {
                states[p + 1] = true;
            }
        }
    }

    private static boolean segmentMatches(String segment, String path, int from, int to, boolean ignoreCase) {
        return Wildcards.matches(segment, 0, segment.length(), path, from, to, ignoreCase);
    }

    /** A drive letter, a UNC share or any backslash: a path Windows (or Exchange) compares ignoring case. */
    public static boolean isWindowsStyle(String path) {
        if (path.length() >= 2 && path.charAt(1) == ':' && Character.isLetter(path.charAt(0))) {
            return true;
        }
        return path.indexOf('\\') >= 0;
    }

    static boolean isSeparator(char c) {
        return c == '\\' || c == '/';
    }

    private static boolean startsWith(String path, String prefix, boolean ignoreCase) {
        if (path.length() < prefix.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            char p = prefix.charAt(i);
            char c = path.charAt(i);
            if (!(isSeparator(p) ? isSeparator(c) : Wildcards.same(p, c, ignoreCase))) {
                return false;
            }
        }
        return true;
    }

    private static int firstWildcard(String pattern) {
        for (int i = 0; i < pattern.length(); i++) {
            if (pattern.charAt(i) == '*' || pattern.charAt(i) == '?') {
                return i;
            }
        }
        return pattern.length();
    }

    private static List<String> split(String pattern) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= pattern.length(); i++) {
            if (i == pattern.length() || isSeparator(pattern.charAt(i))) {
                String part = pattern.substring(start, i);
                // "***" and more are as many folders as "**"; two in a row are one.
                String segment = part.length() >= 2 && part.chars().allMatch(c -> c == '*') ? GLOBSTAR : part;
                if (!(segment.equals(GLOBSTAR) && !parts.isEmpty() && parts.get(parts.size() - 1).equals(GLOBSTAR))) {
                    parts.add(segment);
                }
                start = i + 1;
            }
        }
        return parts;
    }

    /** Start and end of each folder name, separators left out; {@code \\server} begins with two empty names. */
    private static int[] segmentBounds(String path, int end) {
        int separators = 0;
        for (int i = 0; i < end; i++) {
            if (isSeparator(path.charAt(i))) {
                separators++;
            }
        }
        int[] bounds = new int[2 * (separators + 1)];
        int segment = 0;
        int start = 0;
        for (int i = 0; i <= end; i++) {
            if (i == end || isSeparator(path.charAt(i))) {
                bounds[2 * segment] = start;
                bounds[2 * segment + 1] = i;
                segment++;
                start = i + 1;
            }
        }
        return bounds;
    }

    @Override
    public String toString() {
        return pattern;
    }
}

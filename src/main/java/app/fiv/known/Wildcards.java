package app.fiv.known;

/**
 * Whole-text wildcard matching, {@code *} for any run of characters and {@code ?} for one, every
 * other character itself: the reasons' patterns and each folder name of a path glob. The greedy
 * walk with one backtrack point is linear for the patterns people write and never worse than the
 * product of the lengths, whatever the text (a server may send a path of a million characters).
 */
final class Wildcards {
    private Wildcards() {
    }

    static boolean matches(String pattern, int pFrom, int pTo, String text, int tFrom, int tTo, boolean ignoreCase) {
        int p = pFrom;
        int t = tFrom;
        int star = -1;
        int resume = -1;
        while (t < tTo) {
            if (p < pTo && pattern.charAt(p) == '*') {
                star = p++;
                resume = t;
            } else if (p < pTo && (pattern.charAt(p) == '?' || same(pattern.charAt(p), text.charAt(t), ignoreCase))) {
                p++;
                t++;
            } else if (star >= 0) {
                p = star + 1;
                t = ++resume;
            } else {
                return false;
            }
        }
        while (p < pTo && pattern.charAt(p) == '*') {
            p++;
        }
        return p == pTo;
    }

    /** Equal characters; ignoring case as {@code String.regionMatches(true, ...)} does. */
    static boolean same(char a, char b, boolean ignoreCase) {
        if (a == b) {
            return true;
        }
        if (!ignoreCase) {
            return false;
        }
        char upperA = Character.toUpperCase(a);
        char upperB = Character.toUpperCase(b);
        return upperA == upperB || Character.toLowerCase(upperA) == Character.toLowerCase(upperB);
    }

    static boolean hasWildcard(String text) {
        return text.indexOf('*') >= 0 || text.indexOf('?') >= 0;
    }
}

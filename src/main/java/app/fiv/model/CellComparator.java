package app.fiv.model;

/**
 * How cells sort: whole numbers by value (so 9 comes before 10), everything else as text,
 * ignoring case first so "access" and "Access" sit together.
 */
final class CellComparator {
    private CellComparator() {
    }

    static int compare(String a, String b) {
        if (isInteger(a) && isInteger(b)) {
            int byValue = compareIntegers(a, b);
            if (byValue != 0) {
                return byValue;
            }
        }
        int ignoringCase = String.CASE_INSENSITIVE_ORDER.compare(a, b);
        return ignoringCase != 0 ? ignoringCase : a.compareTo(b);
    }

    static boolean isInteger(String s) {
        int start = s.startsWith("-") ? 1 : 0;
        if (s.length() == start || s.length() - start > 18) {
            return false;
        }
        for (int i = start; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static int compareIntegers(String a, String b) {
        return Long.compare(Long.parseLong(a), Long.parseLong(b));
    }
}

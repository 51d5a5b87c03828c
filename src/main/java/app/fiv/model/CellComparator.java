package app.fiv.model;

/**
 * How cells sort: whole numbers first and by value (so 9 comes before 10), then everything else
 * as text, ignoring case first so "access" and "Access" sit together. Ordering by kind first keeps
 * the order transitive when numbers and text share a column ("9", "10", "5 MB"), which a sort needs.
 */
final class CellComparator {
    private CellComparator() {
    }

    static int compare(String a, String b) {
        boolean aNumber = isInteger(a);
        boolean bNumber = isInteger(b);
        if (aNumber != bNumber) {
            return aNumber ? -1 : 1;
        }
        if (aNumber) {
            int byValue = Long.compare(Long.parseLong(a), Long.parseLong(b));
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
}

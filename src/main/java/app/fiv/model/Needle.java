package app.fiv.model;

/**
 * Case-insensitive "contains" without lower-casing every cell: the first character is found
 * by its folded form (as {@code regionMatches(true, ...)} folds: lower case of upper case), then
 * the rest compared with {@code regionMatches}, so no cell is copied.
 */
final class Needle {
    private final String text;
    private final char first;
    private final boolean ascii;
    private final boolean onlyInNonAscii;

    Needle(String text) {
        this.text = text;
        this.first = text.isEmpty() ? 0 : fold(text.charAt(0));
        this.ascii = text.chars().allMatch(c -> c < 0x80);
        this.onlyInNonAscii = text.chars().anyMatch(c -> fold((char) c) >= 0x80);
    }

    String text() {
        return text;
    }

    boolean isEmpty() {
        return text.isEmpty();
    }

    /** Only ASCII characters: then no cell of ASCII characters can match it through a non-ASCII case mapping. */
    boolean isAscii() {
        return ascii;
    }

    /**
     * True when a cell of ASCII characters cannot contain it: some character of it folds to a
     * non-ASCII one, and every ASCII character folds to an ASCII one (unlike the Kelvin sign,
     * which folds to "k" and so may match an ASCII cell).
     */
    boolean onlyInNonAscii() {
        return onlyInNonAscii;
    }

    boolean foundIn(String cell) {
        int last = cell.length() - text.length();
        for (int i = 0; i <= last; i++) {
            char c = cell.charAt(i);
            if ((c == first || fold(c) == first)
                    && cell.regionMatches(true, i, text, 0, text.length())) {
                return true;
            }
        }
        return false;
    }

    private static char fold(char c) {
        return Character.toLowerCase(Character.toUpperCase(c));
    }
}

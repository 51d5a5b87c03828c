package app.fiv.io;

/**
 * Keeps spreadsheets from running cell text as a formula ("CSV injection"): a cell that starts with
 * {@code = + - @}, a tab or a carriage return gets a leading apostrophe, which spreadsheets show as
 * text. A file path or failure reason can start with any of these, and it came from a server.
 *
 * <p>Spreadsheets skip more than one might think before they look for the formula sign, so the
 * sign counts after any run of blanks and controls too: spaces, the no-break space (U+00A0), the
 * ideographic space (U+3000) and the other Unicode spaces, line feeds, NUL and the other C0
 * controls. And East Asian input makes the full-width signs {@code ＝ ＋ － ＠} (U+FF1D, U+FF0B,
 * U+FF0D, U+FF20) formula signs as well.
 */
public final class FormulaGuard {
    private FormulaGuard() {
    }

    public static String protect(String cell) {
        return isRisky(cell) ? "'" + cell : cell;
    }

    /** True when {@link #protect} would change the cell. */
    public static boolean isRisky(String cell) {
        if (cell == null || cell.isEmpty()) {
            return false;
        }
        char first = cell.charAt(0);
        if (first == '\t' || first == '\r') {
            return true;
        }
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (!isSkippedBeforeASign(c)) {
                return isFormulaSign(c);
            }
        }
        return false;
    }

    private static boolean isSkippedBeforeASign(char c) {
        return c < 0x20 || Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static boolean isFormulaSign(char c) {
        return switch (c) {
            case '=', '+', '-', '@', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20' -> true;
            default -> false;
        };
    }
}

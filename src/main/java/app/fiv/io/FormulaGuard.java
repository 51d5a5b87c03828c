package app.fiv.io;

/**
 * Keeps spreadsheets from running cell text as a formula ("CSV injection"): a cell that starts with
 * {@code = + - @}, a tab or a carriage return gets a leading apostrophe, which spreadsheets show as
 * text. A file path or failure reason can start with any of these, and it came from a server.
 */
public final class FormulaGuard {
    private FormulaGuard() {
    }

    public static String protect(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell;
        }
        char first = cell.charAt(0);
        boolean risky = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        return risky ? "'" + cell : cell;
    }
}

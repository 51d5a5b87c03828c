package app.fiv.model;

/**
 * Text a server sent, made safe to print in a terminal or show in one line of a window: a hostile
 * or broken CommServe must not be able to clear the admin's screen (ESC sequences), retitle the
 * terminal (OSC ... BEL), forge a second line ({@code "\r\nError: none, all good"}), or reorder what
 * follows with bidirectional overrides. Applied where server text enters a message (see
 * {@code ApiException}, {@code JobSummary}, {@code CertificateInfo}); table cells and exports keep
 * the text exactly as sent.
 */
public final class ServerText {
    /** Far beyond any real error message or name, short enough for a status line and a terminal. */
    public static final int MAX_CHARS = 2_000;

    private ServerText() {
    }

    /**
     * Line breaks and tabs become spaces; other C0 and C1 control characters (ESC, BEL, NUL, the
     * 8-bit CSI U+009B, ...), DEL and the bidirectional embeddings, overrides and isolates
     * (U+202A to U+202E, U+2066 to U+2069) are dropped; text beyond {@link #MAX_CHARS} is cut at
     * a character boundary with "…". Null stays null.
     */
    public static String clean(String text) {
        if (text == null || isClean(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(Math.min(text.length(), MAX_CHARS + 1));
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean space = isLineBreakOrTab(c);
            if (!space && isDropped(c)) {
                continue;
            }
            if (out.length() == MAX_CHARS) {
                if (Character.isHighSurrogate(out.charAt(out.length() - 1))) {
                    out.setLength(out.length() - 1);
                }
                return out.append('…').toString();
            }
            out.append(space ? ' ' : c);
        }
        return out.toString();
    }

    private static boolean isClean(String text) {
        if (text.length() > MAX_CHARS) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isLineBreakOrTab(c) || isDropped(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isLineBreakOrTab(char c) {
        return c == '\t' || c == '\n' || c == '\r' || c == '\u000B' || c == '\f' || c == '\u0085'
                || c == '\u2028' || c == '\u2029';
    }

    private static boolean isDropped(char c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F) || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2066' && c <= '\u2069');
    }
}

package app.fiv.logging;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks secrets in any text bound for a log: Commvault tokens ("QSDK ..."), the values of
 * Authtoken headers and token/sessionId fields, and password fields. Applied to every log record,
 * so a careless message or an exception text from a library cannot leak them.
 */
public final class Redaction {
    public static final String MASK = "[redacted]";

    private static final Pattern QSDK_TOKEN = Pattern.compile("QSDK\\s+[A-Za-z0-9+/=._-]{6,}");
    private static final Pattern SECRET_FIELD = Pattern.compile(
            "(?i)(\"?(?:authtoken|token|sessionId|password|passwd|pwd)\"?\\s*[:=]\\s*\"?)([^\"\\s,;}&]+)");

    private Redaction() {
    }

    public static String redact(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String masked = QSDK_TOKEN.matcher(text).replaceAll("QSDK " + MASK);
        return SECRET_FIELD.matcher(masked).replaceAll(match -> Matcher.quoteReplacement(match.group(1) + MASK));
    }
}

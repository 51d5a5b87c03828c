package app.fiv.logging;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks secrets in any text bound for a log: Commvault tokens ("QSDK ..."), the credentials of
 * {@code Authorization} headers and any "Bearer ..." access token, the values of Authtoken headers,
 * of token, accessToken, refreshToken and sessionId fields, and password fields. Applied to every
 * log record, so a careless message or an exception text from a library cannot leak them.
 */
public final class Redaction {
    public static final String MASK = "[redacted]";

    private static final Pattern QSDK_TOKEN = Pattern.compile("QSDK\\s+[A-Za-z0-9+/=._-]{6,}");
    private static final Pattern BEARER_TOKEN = Pattern.compile("(?i)\\b(bearer)\\s+[A-Za-z0-9+/=._~-]{6,}");
    /** Whatever scheme it names, an Authorization header's credentials are masked. */
    private static final Pattern AUTHORIZATION = Pattern.compile(
            "(?i)(\"?authorization\"?\\s*[:=]\\s*\\[?\"?)(?:(basic|digest|negotiate|ntlm)\\s+)?(?!bearer\\s|\\[redacted])([^\"\\s,;}&\\]]+)");
    private static final Pattern SECRET_FIELD = Pattern.compile(
            "(?i)(\"?(?:authtoken|accesstoken|refreshtoken|access_token|refresh_token|token|sessionId|password|passwd|pwd)"
                    + "\"?\\s*[:=]\\s*\\[?\"?)([^\"\\s,;}&\\]]+)");

    private Redaction() {
    }

    public static String redact(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String masked = QSDK_TOKEN.matcher(text).replaceAll("QSDK " + MASK);
        masked = BEARER_TOKEN.matcher(masked).replaceAll(match -> Matcher.quoteReplacement(match.group(1) + " " + MASK));
        masked = AUTHORIZATION.matcher(masked).replaceAll(match -> Matcher.quoteReplacement(match.group(1)
                + (match.group(2) == null ? "" : match.group(2) + " ") + MASK));
        return SECRET_FIELD.matcher(masked).replaceAll(match -> Matcher.quoteReplacement(match.group(1) + MASK));
    }
}

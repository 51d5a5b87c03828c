package app.fiv.ui.jobs;

import app.fiv.joblist.Lookback;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lookback as the jobs view shows it ("Last 24 hours") and as an admin may type it: a number of
 * hours or days ("36", "36 h", "36 hours", "10d", "10 days"), or minutes ("90 min"); a number
 * alone is hours.
 */
final class LookbackText {
    /** The choices offered: 24 hours, 3 days, 7 days, 30 days. */
    static final java.util.List<Lookback> CHOICES = java.util.List.of(Lookback.parse("24h"), Lookback.parse("3d"),
            Lookback.parse("7d"), Lookback.parse("30d"));
    static final String HINT = "Type a number of hours or days, e.g. 36 hours or 10 days (at most 3,650 days).";

    private static final Pattern TYPED = Pattern.compile(
            "(?:last\\s+)?([0-9][0-9,]{0,8})\\s*(m|min|mins|minutes?|h|hrs?|hours?|d|days?)?");

    private LookbackText() {
    }

    static String show(Lookback lookback) {
        return lookback == null ? "" : "Last " + lookback.words();
    }

    /** The lookback typed, or empty when the text is not one (or out of range). */
    static Optional<Lookback> read(String text) {
        Matcher matcher = TYPED.matcher(text == null ? "" : text.strip().toLowerCase(Locale.ROOT));
        if (!matcher.matches()) {
            return Optional.empty();
        }
        String digits = matcher.group(1).replace(",", "");
        String unit = matcher.group(2) == null ? "h" : matcher.group(2);
        char letter = unit.startsWith("mi") || unit.equals("m") ? 'm' : unit.charAt(0);
        return Lookback.tryParse(digits + letter);
    }
}

package app.fiv.joblist;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How far back the job list looks: jobs that finished within this span before now. Written as a
 * whole number with {@code m}, {@code h} or {@code d} ({@code 90m}, {@code 24h}, {@code 7d}), as
 * the command line takes it and the settings keep it.
 */
public record Lookback(long amount, Unit unit) {
    /** The longest span accepted: ten years, beyond any job history a CommServe keeps. */
    public static final Duration MAX = Duration.ofDays(3650);
    public static final Lookback DEFAULT = new Lookback(24, Unit.HOURS);
    public static final String ACCEPTED = "a whole number with m, h or d, e.g. 90m, 24h or 7d";

    private static final Pattern TEXT = Pattern.compile("([0-9]{1,9})([mhd])");

    /** Minutes, hours or days, by their letter. */
    public enum Unit {
        MINUTES('m', Duration.ofMinutes(1), "minute"),
        HOURS('h', Duration.ofHours(1), "hour"),
        DAYS('d', Duration.ofDays(1), "day");

        private final char letter;
        private final Duration length;
        private final String word;

        Unit(char letter, Duration length, String word) {
            this.letter = letter;
            this.length = length;
            this.word = word;
        }

        public char letter() {
            return letter;
        }
    }

    public Lookback {
        if (amount < 1) {
            throw new IllegalArgumentException("The lookback must be at least 1 " + unit.word + ".");
        }
        if (unit.length.multipliedBy(amount).compareTo(MAX) > 0) {
            throw new IllegalArgumentException("The lookback can be at most " + MAX.toDays() + " days.");
        }
    }

    /**
     * Reads {@code 90m}, {@code 24h} or {@code 7d}.
     *
     * @throws IllegalArgumentException saying what is accepted
     */
    public static Lookback parse(String text) {
        Matcher matcher = TEXT.matcher(text == null ? "" : text);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("\"" + shorten(text) + "\" is not a time span: give " + ACCEPTED + ".");
        }
        long amount = Long.parseLong(matcher.group(1));
        Unit unit = switch (matcher.group(2)) {
            case "m" -> Unit.MINUTES;
            case "h" -> Unit.HOURS;
            default -> Unit.DAYS;
        };
        return new Lookback(amount, unit);
    }

    /** As {@link #parse}, or empty for text that is not a span (damaged settings). */
    public static Optional<Lookback> tryParse(String text) {
        try {
            return Optional.of(parse(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public Duration duration() {
        return unit.length.multipliedBy(amount);
    }

    public long seconds() {
        return duration().toSeconds();
    }

    /** "24h", "7d": what {@link #parse} reads. */
    public String text() {
        return amount + String.valueOf(unit.letter);
    }

    /** "24 hours", "1 day", "90 minutes". */
    public String words() {
        return String.format(Locale.ROOT, "%,d %s%s", amount, unit.word, amount == 1 ? "" : "s");
    }

    private static String shorten(String text) {
        String shown = text == null ? "" : text;
        return shown.length() <= 20 ? shown : shown.substring(0, 17) + "...";
    }
}

package app.fiv.known;

import java.util.Locale;

/** How a rule's reason is compared with a row's reason. */
public enum ReasonMatch {
    /** The very same text, letter case and punctuation included. */
    EXACT,
    /** The whole reason matches a pattern, ignoring case: {@code *} is any text, {@code ?} any one character. */
    PATTERN;

    /** The name in a rules file: {@code exact} or {@code pattern}. */
    public String fileName() {
        return name().toLowerCase(Locale.ROOT);
    }
}

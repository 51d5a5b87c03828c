package app.fiv.api;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a job ID as admins type or paste it ("1234", " 1234 ", "Job ID: 1234"). */
public final class JobId {
    /** Commvault job IDs are positive 32-bit numbers. */
    public static final long MAX = Integer.MAX_VALUE;

    private static final Pattern PASTED = Pattern.compile("(?i)^\\s*(?:job\\s*(?:id)?\\s*[:#]?\\s*)?(\\S*)\\s*$");

    private JobId() {
    }

    public static long parse(String text) throws ApiException {
        String input = text == null ? "" : text;
        Matcher matcher = PASTED.matcher(input);
        String digits = matcher.matches() ? matcher.group(1).replace(",", "") : input.strip();
        if (digits.isEmpty()) {
            throw invalid("Type a job ID, for example 12345.");
        }
        if (!digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw invalid("\"" + shorten(input.strip()) + "\" is not a job ID: use digits only, for example 12345.");
        }
        String significant = digits.replaceFirst("^0+(?=\\d)", "");
        if (significant.length() > 10 || Long.parseLong(significant) > MAX) {
            throw invalid("Job ID " + shorten(digits) + " is too large: Commvault job IDs go up to " + MAX + ".");
        }
        long id = Long.parseLong(significant);
        if (id == 0) {
            throw invalid("Job ID 0 does not exist: job IDs start at 1.");
        }
        return id;
    }

    private static String shorten(String text) {
        return text.length() <= 40 ? text : text.substring(0, 37) + "...";
    }

    private static ApiException invalid(String message) {
        return new ApiException(ApiException.Kind.INVALID_INPUT, message);
    }
}

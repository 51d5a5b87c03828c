package app.fiv.compare;

import app.fiv.api.JobSummary;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How many rows of a comparison are of each change.
 *
 * @param added         rows {@code new} in this run
 * @param stillFailing  rows {@code still failing}
 * @param fixed         rows {@code fixed} (the earlier run's items that no longer fail)
 * @param reasonChanged of the still failing rows, those whose reason differs from the earlier one
 */
public record ComparisonCounts(int added, int stillFailing, int fixed, int reasonChanged) {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    public ComparisonCounts {
        if (added < 0 || stillFailing < 0 || fixed < 0 || reasonChanged < 0 || reasonChanged > stillFailing) {
            throw new IllegalArgumentException("counts " + added + "/" + stillFailing + "/" + fixed + "/" + reasonChanged);
        }
    }

    /** Every row of the comparison: this run's failures and the fixed ones. */
    public int rows() {
        return added + stillFailing + fixed;
    }

    public int of(Change change) {
        return switch (change) {
            case NEW -> added;
            case STILL_FAILING -> stillFailing;
            case FIXED -> fixed;
        };
    }

    /** "2 new · 5 still failing · 1 fixed". */
    public String text() {
        return String.format(Locale.ROOT, "%,d new · %,d still failing · %,d fixed", added, stillFailing, fixed);
    }

    /**
     * "2 new · 5 still failing · 1 fixed since job 45912, 2026-11-30 22:04": the counts and the
     * earlier job, with its start time in {@code zone} where the CommServe gave one.
     */
    public String since(JobSummary earlier, ZoneId zone) {
        String when = earlier.startTime().map(start -> ", " + WHEN.format(start.atZone(zone))).orElse("");
        return text() + " since job " + earlier.jobId() + when;
    }
}

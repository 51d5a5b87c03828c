package app.fiv.ui.compare;

import app.fiv.api.JobSummary;
import app.fiv.compare.ComparisonCounts;
import app.fiv.ui.job.Sizes;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The line above a compared table: "2 new · 5 still failing (1 with another reason) · 1 fixed
 * since job 45912, 2026-11-30 22:04", and with known failures "· 2 new and not known", the
 * number an admin acts on. The earlier job's time is its start, as the jobs view shows it.
 */
public final class CountsLine {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private CountsLine() {
    }

    /** @param newNotKnown the new rows no known failure names, or -1 when no rule applies */
    public static String of(ComparisonCounts counts, JobSummary earlier, ZoneId zone, int newNotKnown) {
        return of(counts, job(earlier, zone), newNotKnown, "");
    }

    /**
     * A tab of many jobs: "15 new · 15 still failing · 10 fixed since the previous runs of 14 of 16
     * jobs · 3 new and not known · not compared, their rows left out: 45001 (no previous run), …".
     */
    static String ofMany(ComparisonCounts counts, int compared, int jobs, List<String> leftOut, int newNotKnown) {
        String since = "the previous runs of " + (compared == jobs ? "" : Sizes.count(compared) + " of ")
                + Sizes.count(jobs) + (jobs == 1 ? " job" : " jobs");
        return of(counts, since, newNotKnown, leftOut.isEmpty() ? ""
                : " · not compared, their rows left out: " + NoteTexts.names(leftOut));
    }

    private static String of(ComparisonCounts counts, String since, int newNotKnown, String tail) {
        StringBuilder line = new StringBuilder()
                .append(Sizes.count(counts.added())).append(" new · ")
                .append(Sizes.count(counts.stillFailing())).append(" still failing");
        if (counts.reasonChanged() > 0) {
            line.append(" (").append(Sizes.count(counts.reasonChanged())).append(" with another reason)");
        }
        line.append(" · ").append(Sizes.count(counts.fixed())).append(" fixed since ").append(since);
        if (newNotKnown >= 0) {
            line.append(" · ").append(Sizes.count(newNotKnown)).append(" new and not known");
        }
        return line.append(tail).toString();
    }

    /** "job 45912, 2026-11-30 22:04", or "job 45912" when the CommServe gave no start time. */
    public static String job(JobSummary job, ZoneId zone) {
        return "job " + job.jobId() + job.startTime().map(start -> ", " + WHEN.format(start.atZone(zone))).orElse("");
    }
}

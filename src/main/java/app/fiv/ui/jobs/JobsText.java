package app.fiv.ui.jobs;

import app.fiv.joblist.JobListing;
import app.fiv.joblist.Lookback;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/** The jobs view's words: counts, what an empty list means, where the listing is. */
final class JobsText {
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    private JobsText() {
    }

    /** "16 jobs with failures of 125", "40 of 125 jobs", "125 jobs". */
    static String count(int shown, int total, boolean failuresOnly) {
        if (failuresOnly) {
            return count(shown) + (shown == 1 ? " job" : " jobs") + " with failures of " + count(total);
        }
        return shown == total ? count(total) + (total == 1 ? " job" : " jobs") : count(shown) + " of " + count(total) + " jobs";
    }

    /** "No jobs with failures in the last 24 hours on this CommServe", with the client and the filter text if any. */
    static String empty(JobsChoices choices, String filterText, int total) {
        String what = choices.failuresOnly() ? "No jobs with failures" : "No finished jobs";
        String client = choices.client().isEmpty() ? "" : " of " + choices.client();
        String matching = filterText == null || filterText.isBlank() ? "" : " matching \"" + filterText.strip() + "\"";
        String more = total == 0 ? "." : " (" + count(total) + " other " + (total == 1 ? "job" : "jobs")
                + " finished then; change the filters to see " + (total == 1 ? "it" : "them") + ").";
        return what + client + matching + " in the last " + choices.lookback().words() + " on this CommServe" + more;
    }

    /** What the table says when it shows no job; {@code total} is -1 before the first listing. */
    static String placeholder(boolean loggedIn, boolean busy, int total, JobsFilters filters) {
        if (!loggedIn) {
            return "Log in to a CommServe to list the jobs that finished there.";
        }
        if (total < 0) {
            return busy ? "Listing the jobs…" : "Press F5 or Refresh to list the jobs.";
        }
        return empty(filters.choices(), filters.textProperty().get(), total);
    }

    /** The listed jobs' client names, A to Z ignoring case, and the one chosen even if it has no job now. */
    static List<String> clientNames(List<JobRow> rows, String chosen) {
        TreeSet<String> names = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        rows.forEach(row -> names.add(row.client().strip()));
        names.remove("");
        if (!chosen.isBlank()) {
            names.add(chosen);
        }
        return List.copyOf(names);
    }

    /** The selected job in one or two lines: what, where, when, how many failed, and why. */
    static String describe(JobRow row) {
        var job = row.job();
        StringBuilder text = new StringBuilder("Job ").append(job.jobId());
        append(text, job.status());
        append(text, String.join(" / ", java.util.stream.Stream.of(job.clientName(), job.instanceName(),
                job.backupsetName(), job.subclientName()).filter(part -> !part.isBlank()).toList()));
        append(text, String.join(" ", java.util.stream.Stream.of(JobRow.agent(job), job.jobType(), job.backupLevel())
                .filter(part -> !part.isBlank()).distinct().toList()));
        String ended = row.cell(JobColumn.END);
        if (!ended.isEmpty()) {
            append(text, "ended " + ended + (row.durationSeconds() >= 0 ? " after " + row.cell(JobColumn.DURATION) : ""));
        }
        append(text, count(job.failedFiles()) + (job.failedFiles() == 1 ? " failed file, " : " failed files, ")
                + count(job.failedFolders()) + (job.failedFolders() == 1 ? " failed folder" : " failed folders"));
        append(text, job.pendingReason().strip());
        return text.toString();
    }

    private static void append(StringBuilder text, String part) {
        if (!part.isBlank()) {
            text.append("  ·  ").append(part);
        }
    }

    /** "Listing jobs… 300 of 1,793". */
    static String progress(int listed, long total) {
        return "Listing jobs… " + count(listed) + (total >= 0 ? " of " + count(total) : "");
    }

    /** "Listed 06:31 · 125 jobs in the last 24 hours", and what the CommServe did not send. */
    static String listed(JobListing listing, Lookback lookback, ZoneId zone) {
        String text = "Listed " + CLOCK.format(listing.listedAt().atZone(zone)) + " · " + count(listing.jobs().size())
                + (listing.jobs().size() == 1 ? " job" : " jobs") + " finished in the last " + lookback.words();
        return listing.missing() > 0 ? text + " · the CommServe said " + count(listing.reportedTotal())
                + " but sent only these" : text;
    }

    private static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}

package app.fiv.ui.compare;

import app.fiv.api.JobSummary;
import java.time.ZoneId;

/** What the comparison says when there is nothing to compare: plain words, nothing guessed. */
final class NoteTexts {
    private NoteTexts() {
    }

    static String noPrevious(JobSummary job) {
        return "No previous run of job " + job.jobId() + " was found: no finished " + type(job) + "job of "
                + subclient(job) + " ended before it started. Choose a job with Compare with job… to compare anyway.";
    }

    static String nothingFailed(JobSummary earlier, boolean previous, ZoneId zone) {
        return (previous ? "The previous run, " : "") + capitalized(CountsLine.job(earlier, zone), previous)
                + ", has no failed items, so there is nothing to compare with.";
    }

    private static String capitalized(String text, boolean inSentence) {
        return inSentence ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String type(JobSummary job) {
        return job.jobType().isBlank() ? "" : job.jobType().toLowerCase(java.util.Locale.ROOT) + " ";
    }

    /** "fs-win01 / Users", with the names the CommServe gave. */
    static String subclient(JobSummary job) {
        String client = job.clientName().isBlank() ? "its client" : job.clientName();
        return job.subclientName().isBlank() ? client : client + " / " + job.subclientName();
    }
}

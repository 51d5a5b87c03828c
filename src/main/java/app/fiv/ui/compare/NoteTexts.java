package app.fiv.ui.compare;

import app.fiv.api.JobSummary;
import java.time.ZoneId;
import java.util.List;

/** What the comparison says when there is nothing to compare: plain words, nothing guessed. */
final class NoteTexts {
    static final String ONE_JOB_ONLY = "A tab of many jobs compares each job with its own previous run. To compare a job "
            + "with a job you choose, open that job alone.";

    static final String SAVED_ANSWER = "A saved answer has no CommServe to find other runs on; open the job from its "
            + "CommServe to compare.";

    private NoteTexts() {
    }

    static String notYetFetched(boolean many) {
        return "Wait until the " + (many ? "jobs'" : "job's") + " failed items are all fetched, then compare.";
    }

    static String noPrevious(JobSummary job) {
        return "No previous run of job " + job.jobId() + " was found: no finished " + type(job) + "job of "
                + subclient(job) + " ended before it started. Choose a job with Compare with job… to compare anyway.";
    }

    static String nothingFailed(JobSummary earlier, boolean previous, ZoneId zone) {
        return (previous ? "The previous run, " : "") + capitalized(CountsLine.job(earlier, zone), previous)
                + ", has no failed items, so there is nothing to compare with.";
    }

    /** Of a tab of many jobs, none could be compared: "None of the 3 jobs could be compared with a previous run: …". */
    static String noneOfMany(int jobs, List<String> leftOut) {
        return (jobs == 1 ? "The job could not" : "None of the " + jobs + " jobs could") + " be compared with a previous run: "
                + names(leftOut) + ". Open a job alone to compare it with a job you choose.";
    }

    /** The first few of a list, then "and N more". */
    static String names(List<String> names) {
        int shown = 6;
        return names.size() <= shown ? String.join(", ", names)
                : String.join(", ", names.subList(0, shown)) + " and " + (names.size() - shown) + " more";
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

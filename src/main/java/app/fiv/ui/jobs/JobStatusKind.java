package app.fiv.ui.jobs;

import app.fiv.api.JobSummary;
import app.fiv.joblist.JobFailures;
import java.util.Locale;

/**
 * What a job's status means to an admin, from worst to best: each kind has its own colour and its
 * own icon shape, so the difference never rests on colour alone.
 */
public enum JobStatusKind {
    /** Failed, Failed to Start, Killed: nothing (or not all) was backed up. */
    FAILED("failed", "The job failed."),
    /** Completed w/ one or more errors: some items failed. */
    ERRORS("errors", "The job completed, but some items failed."),
    /** A status that does not say so (Completed, warnings), but the job reports failed files or folders. */
    FAILED_ITEMS("errors", "The status does not say so, but the job reports failed files or folders."),
    /** Completed w/ one or more warnings, Committed: finished, with something to look at. */
    WARNINGS("warnings", "The job finished with warnings, or was stopped after committing some data."),
    /** Completed, with no failed files or folders. */
    COMPLETED("completed", "The job completed without failures."),
    /** Anything else: running, waiting, suspended, interrupted, or a status the viewer does not know. */
    OTHER("other", "The job has not finished normally, or its status is not one the viewer knows.");

    private final String styleName;
    private final String meaning;

    JobStatusKind(String styleName, String meaning) {
        this.styleName = styleName;
        this.meaning = meaning;
    }

    public static JobStatusKind of(JobSummary job) {
        String status = job.status().strip().toLowerCase(Locale.ROOT);
        if (status.equals("failed") || status.equals("failed to start") || status.equals("killed")) {
            return FAILED;
        }
        if (status.equals("completed w/ one or more errors")) {
            return ERRORS;
        }
        if (JobFailures.failedCount(job) > 0) {
            return FAILED_ITEMS;
        }
        if (status.equals("completed w/ one or more warnings") || status.equals("committed")) {
            return WARNINGS;
        }
        return status.equals("completed") ? COMPLETED : OTHER;
    }

    /** The CSS class suffix: {@code job-status-failed}. */
    public String styleClass() {
        return "job-status-" + styleName;
    }

    /** One sentence for the tooltip. */
    public String meaning() {
        return meaning;
    }
}

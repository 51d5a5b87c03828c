package app.fiv.joblist;

import app.fiv.api.JobSummary;
import java.util.Locale;
import java.util.Set;

/**
 * The rule for "a job with failures": its status is {@code Failed}, {@code Failed to Start},
 * {@code Killed} or {@code Completed w/ one or more errors}, or it reports failed files or folders
 * whatever its status (a job marked {@code Completed} can still have failed files, and admins get
 * caught by exactly that). Statuses are the English ones of {@code status}, compared ignoring case
 * and surrounding spaces; {@code localizedStatus} is for people only.
 */
public final class JobFailures {
    private static final Set<String> FAILURE_STATUSES =
            Set.of("failed", "failed to start", "killed", "completed w/ one or more errors");

    private JobFailures() {
    }

    public static boolean hasFailures(JobSummary job) {
        return isFailureStatus(job.status()) || failedCount(job) > 0;
    }

    /** True for the statuses that count as failures by themselves. */
    public static boolean isFailureStatus(String status) {
        return FAILURE_STATUSES.contains(status.strip().toLowerCase(Locale.ROOT));
    }

    /** Failed files and folders together; a negative count from the server counts as none. */
    public static long failedCount(JobSummary job) {
        return Math.max(0, job.failedFiles()) + Math.max(0, job.failedFolders());
    }
}

package app.fiv.jobs;

import app.fiv.api.JobSummary;
import app.fiv.model.FailedItemsTable;
import java.time.Duration;

/**
 * A fetched job: its summary, its failed items, and what the fetch took.
 *
 * @param complete false for the rows so far of a download still running
 */
public record LoadedJob(JobSummary summary, FailedItemsTable items, long bytes, Duration elapsed, boolean complete) {
    public long jobId() {
        return summary.jobId();
    }
}

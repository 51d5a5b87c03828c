package app.fiv.ui.job;

import app.fiv.api.JobSummary;
import app.fiv.model.FailedItemsTable;
import java.time.Duration;

/** A fetched job: its summary, its failed items, and what the fetch took. */
public record LoadedJob(JobSummary summary, FailedItemsTable items, long bytes, Duration elapsed) {
    public long jobId() {
        return summary.jobId();
    }
}

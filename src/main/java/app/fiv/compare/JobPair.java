package app.fiv.compare;

import app.fiv.api.JobSummary;
import app.fiv.model.FailedItemsTable;

/** One job of a tab of many and the earlier run it is compared with, each with its own rows (its own columns). */
public record JobPair(JobSummary job, FailedItemsTable rows, JobSummary earlierJob, FailedItemsTable earlierRows) {
}

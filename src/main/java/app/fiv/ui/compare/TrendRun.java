package app.fiv.ui.compare;

import app.fiv.api.JobSummary;
import java.time.Instant;
import java.util.Optional;

/** One run of a subclient in the trend: its job, when it started, and its failed files and folders. */
public record TrendRun(long jobId, Optional<Instant> start, long failed) {
    static TrendRun of(JobSummary job) {
        return new TrendRun(job.jobId(), job.startTime().or(job::endTime),
                Math.max(0, job.failedFiles()) + Math.max(0, job.failedFolders()));
    }
}

package app.fiv.multijob;

import app.fiv.api.JobSummary;
import java.util.Optional;

/**
 * One job of a multi-job fetch: its ID, and its summary when the caller has it already (a row of
 * the jobs list, or {@code jobs}' listing); without one, the summary is asked for first, as for
 * one job.
 */
public record JobRequest(long jobId, Optional<JobSummary> summary) {
    public JobRequest {
        if (summary.isPresent() && summary.get().jobId() != jobId) {
            throw new IllegalArgumentException("summary of job " + summary.get().jobId() + " given for job " + jobId);
        }
    }

    public static JobRequest of(long jobId) {
        return new JobRequest(jobId, Optional.empty());
    }

    public static JobRequest of(JobSummary summary) {
        return new JobRequest(summary.jobId(), Optional.of(summary));
    }
}

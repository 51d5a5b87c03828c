package app.fiv.joblist;

import app.fiv.api.JobSummary;
import java.time.Instant;
import java.util.Comparator;

/** The job list's order: the newest end time first; jobs without one last; the same end by job ID, highest first. */
public final class JobOrder {
    public static final Comparator<JobSummary> NEWEST_END_FIRST = Comparator
            .comparing((JobSummary job) -> job.endTime().orElse(Instant.MIN), Comparator.reverseOrder())
            .thenComparing(JobSummary::jobId, Comparator.reverseOrder());

    private JobOrder() {
    }
}

package app.fiv.joblist;

import app.fiv.api.JobSummary;
import java.time.Instant;
import java.util.List;

/**
 * The finished jobs a CommServe listed, each once, newest end time first.
 *
 * @param reportedTotal how many jobs the CommServe said there are ({@code totalRecordsWithoutPaging} of the last
 *                      page), or -1 when it did not say
 * @param complete      false when the CommServe stopped sending jobs before the count it gave was reached
 * @param listedAt      when the list was asked for
 */
public record JobListing(List<JobSummary> jobs, long reportedTotal, boolean complete, Instant listedAt) {
    public JobListing {
        jobs = List.copyOf(jobs);
    }

    /** How many jobs the CommServe said there are but did not send; 0 when it sent them all. */
    public long missing() {
        return complete || reportedTotal < 0 ? 0 : Math.max(0, reportedTotal - jobs.size());
    }
}

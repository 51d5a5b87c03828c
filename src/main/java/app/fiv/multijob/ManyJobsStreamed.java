package app.fiv.multijob;

import app.fiv.api.JobSummary;
import java.util.List;

/**
 * What a multi-job stream passed on: the jobs read whole (in the order written), those that could
 * not be read, and the rows written in all.
 */
public record ManyJobsStreamed(List<JobSummary> read, List<JobFailure> failed, long rows) {
    public ManyJobsStreamed {
        read = List.copyOf(read);
        failed = List.copyOf(failed);
    }
}

package app.fiv.multijob;

import app.fiv.api.JobSummary;
import app.fiv.model.RowSink;

/**
 * What each job's rows pass through before they join the others', on the job's own thread: the
 * command line's known failures, whose rules for one client need the job's client.
 */
@FunctionalInterface
public interface JobSinks {
    JobSinks NONE = (job, next) -> next;

    RowSink around(JobSummary job, RowSink next);
}

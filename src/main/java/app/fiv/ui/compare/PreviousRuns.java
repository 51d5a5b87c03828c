package app.fiv.ui.compare;

import app.fiv.api.ApiException;
import app.fiv.api.CancelSignal;
import app.fiv.api.JobSummary;
import app.fiv.session.SessionKeeper;
import java.util.Optional;

/** Finds a job's previous run on its CommServe (the comparison core's finder). Blocks; runs on a worker thread. */
@FunctionalInterface
public interface PreviousRuns {
    /** The previous run of {@code job}, or empty when there is none. */
    Optional<JobSummary> find(SessionKeeper keeper, JobSummary job, CancelSignal cancel) throws ApiException;
}

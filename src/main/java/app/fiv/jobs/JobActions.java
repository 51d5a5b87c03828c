package app.fiv.jobs;

import app.fiv.api.ApiException;
import app.fiv.api.CancelSignal;
import app.fiv.api.JobDetails;
import app.fiv.api.JobEvent;
import app.fiv.api.ResubmitResult;
import app.fiv.session.SessionKeeper;
import java.util.List;

/**
 * A job's details and events, and running it again, for the window and the command line alike.
 * Every call goes through the session's keeper, so an expired token is renewed first; a 401 means
 * the server did nothing, so even a resubmit is safe to send again after the renewal. Blocks.
 */
public final class JobActions {
    public JobDetails details(SessionKeeper session, long jobId, CancelSignal cancel) throws ApiException {
        return session.call((client, used) -> client.jobDetails(used, jobId, cancel), cancel);
    }

    /** The job's events, most severe first and, within a severity, newest first. */
    public List<JobEvent> events(SessionKeeper session, long jobId, CancelSignal cancel) throws ApiException {
        return JobEventOrder.mostSevereFirst(session.call((client, used) -> client.jobEvents(used, jobId, cancel), cancel));
    }

    public ResubmitResult resubmit(SessionKeeper session, long jobId, CancelSignal cancel) throws ApiException {
        return session.call((client, used) -> client.resubmit(used, jobId, cancel), cancel);
    }
}

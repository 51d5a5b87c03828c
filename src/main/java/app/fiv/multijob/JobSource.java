package app.fiv.multijob;

import app.fiv.api.ApiException;
import app.fiv.api.CancelSignal;
import app.fiv.api.JobSummary;
import app.fiv.jobs.FetchProgress;
import app.fiv.jobs.JobFetcher;
import app.fiv.jobs.LoadedJob;
import app.fiv.model.RowSink;
import app.fiv.session.SessionKeeper;

/**
 * Where a multi-job fetch gets each job from: a CommServe through the one session keeper of the
 * login (thread-safe; an expired token is renewed once for every job), or a test's jobs. Called
 * from several threads at once.
 */
public interface JobSource {
    JobSummary summary(long jobId, CancelSignal cancel) throws ApiException;

    /** The job's failed items in a table, its rows so far told to the progress now and then. */
    LoadedJob load(JobSummary summary, FetchProgress progress, CancelSignal cancel) throws ApiException;

    /** The job's failed items into the sink, row by row as they are parsed. */
    void stream(long jobId, RowSink sink, CancelSignal cancel) throws ApiException;

    static JobSource of(SessionKeeper keeper) {
        JobFetcher fetcher = new JobFetcher();
        return new JobSource() {
            @Override
            public JobSummary summary(long jobId, CancelSignal cancel) throws ApiException {
                return fetcher.summary(keeper, jobId, cancel);
            }

            @Override
            public LoadedJob load(JobSummary summary, FetchProgress progress, CancelSignal cancel) throws ApiException {
                return fetcher.load(keeper, summary, progress, cancel);
            }

            @Override
            public void stream(long jobId, RowSink sink, CancelSignal cancel) throws ApiException {
                fetcher.stream(keeper, jobId, sink, bytes -> { }, cancel);
            }
        };
    }
}

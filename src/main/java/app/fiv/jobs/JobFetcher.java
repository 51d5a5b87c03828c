package app.fiv.jobs;

import app.fiv.api.ApiException;
import app.fiv.api.CancelSignal;
import app.fiv.api.JobSummary;
import app.fiv.model.RowSink;
import app.fiv.model.Shape;
import app.fiv.session.SessionKeeper;
import java.time.Duration;
import java.util.function.LongConsumer;

/**
 * Fetches a job: its summary, then its failed items, parsed while the body downloads. The window
 * loads them into a table ({@link #load}) and shows the rows so far; the command line streams
 * them into a sink of its own ({@link #stream}). Every call goes through the session's keeper,
 * so an expired token is renewed the same way for both.
 */
public final class JobFetcher {
    /** How often the rows so far are shown: often enough to look live, rarely enough to cost nothing. */
    public static final long PUBLISH_EVERY_NANOS = 250_000_000L;
    /** How soon after the download starts the first rows are shown (then every {@link #PUBLISH_EVERY_NANOS}). */
    public static final long FIRST_ROWS_AFTER_NANOS = 50_000_000L;

    /** The job's summary; a job the CommServe does not know is a {@code NOT_FOUND} error. Blocks. */
    public JobSummary summary(SessionKeeper session, long jobId, CancelSignal cancel) throws ApiException {
        return session.call((client, used) -> client.jobSummary(used, jobId, cancel), cancel);
    }

    /** The summary and every failed item of a job, in a table. Blocks; runs on a worker thread. */
    public LoadedJob load(SessionKeeper session, long jobId, FetchProgress progress, CancelSignal cancel)
            throws ApiException {
        long started = System.nanoTime();
        progress.lookingUp(jobId);
        JobSummary summary = summary(session, jobId, cancel);
        return load(session, summary, progress, cancel, started);
    }

    /**
     * The failed items of a job whose summary is known already (a row of the jobs list), with no
     * lookup first. Blocks; runs on a worker thread.
     */
    public LoadedJob load(SessionKeeper session, JobSummary summary, FetchProgress progress, CancelSignal cancel)
            throws ApiException {
        return load(session, summary, progress, cancel, System.nanoTime());
    }

    private LoadedJob load(SessionKeeper session, JobSummary summary, FetchProgress progress, CancelSignal cancel,
                           long started) throws ApiException {
        progress.downloading(summary);
        ProgressiveTable table = new ProgressiveTable(summary, progress, started);
        stream(session, summary.jobId(), table, table::bytesReceived, cancel);
        return new LoadedJob(summary, table.build(), table.bytes(), Duration.ofNanos(System.nanoTime() - started), true);
    }

    /**
     * Streams a job's failed items into a sink, each row as it is parsed. Nothing reaches the sink
     * before the server has answered with data, so a call refused for its token is retried with
     * the renewed one.
     *
     * @param bytesReceived told the running total of bytes read, from the calling thread
     */
    public Shape stream(SessionKeeper session, long jobId, RowSink sink, LongConsumer bytesReceived, CancelSignal cancel)
            throws ApiException {
        return session.call((client, used) -> client.failedItems(used, jobId, sink, cancel, bytesReceived), cancel);
    }
}

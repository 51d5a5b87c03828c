package app.fiv.jobs;

import app.fiv.api.JobSummary;

/**
 * What a fetch tells on its way, from the thread that runs it: which step it is at, how much has
 * arrived, and now and then the rows so far. All calls are optional to listen to.
 */
public interface FetchProgress {
    FetchProgress NONE = new FetchProgress() { };

    /** Asking the CommServe for the job's summary. */
    default void lookingUp(long jobId) {
    }

    /** The summary is in; the failed items are being downloaded. */
    default void downloading(JobSummary summary) {
    }

    /** Called often while the body streams in: bytes read and rows parsed so far. */
    default void received(long bytes, int rows) {
    }

    /** The rows so far, about every {@link JobFetcher#PUBLISH_EVERY_NANOS}, to show a job while it loads. */
    default void rowsSoFar(LoadedJob partial) {
    }
}

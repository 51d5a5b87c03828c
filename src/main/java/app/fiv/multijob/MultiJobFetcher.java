package app.fiv.multijob;

import app.fiv.api.ApiException;
import app.fiv.api.CancelSignal;
import app.fiv.model.RowSink;
import java.util.List;

/**
 * Fetches the failed items of many jobs, at most {@value #AT_ONCE} at a time over one source (a
 * CommServe through the login's one session keeper), into one table for the window
 * ({@link #load}) or one stream for the command line ({@link #stream}).
 *
 * <p><b>Order.</b> Rows come job after job, in the order the jobs were given, each job's rows in
 * its own order. Columns: first the job's ID, client and subclient (from its summary), then the
 * union of the jobs' columns in first-seen order in that order of jobs: the first job's columns,
 * then each column of the next job that is new (by name), and so on. A job without a column
 * leaves it empty. So the output depends only on the jobs and their order, never on which job
 * downloaded first.
 *
 * <p><b>Failures.</b> A job that cannot be read (not found, a server error, the network) is set
 * aside with its error and the others go on; only a login that cannot be renewed stops them all.
 * A cancel stops every job.
 */
public final class MultiJobFetcher {
    /** How many jobs download at once: enough to keep a CommServe busy, few enough not to crowd it. */
    public static final int AT_ONCE = 4;
    /** The command line's names of the leading columns (the window's are in {@link ManyJobsTable}). */
    public static final List<String> EXPORT_LEADING = List.of("jobId", "client", "subclient");

    private final JobSource source;
    private final int atOnce;

    public MultiJobFetcher(JobSource source) {
        this(source, AT_ONCE);
    }

    /** @param atOnce how many jobs may download at once */
    public MultiJobFetcher(JobSource source, int atOnce) {
        if (atOnce < 1) {
            throw new IllegalArgumentException("at least one job at once: " + atOnce);
        }
        this.source = source;
        this.atOnce = atOnce;
    }

    /** Every job's rows in one table. Blocks; runs on a worker thread. */
    public ManyJobsTable load(List<JobRequest> jobs, ManyJobsProgress progress, CancelSignal cancel) throws ApiException {
        return new ManyJobsLoad(source, jobs, atOnce, progress).run(cancel);
    }

    /**
     * Every job's rows into the sink, with the leading columns {@link #EXPORT_LEADING}; the sink's
     * {@code end()} follows the last job when at least one job was read (or none was asked for).
     * When no job could be read, the sink has had its columns but no {@code end()}.
     */
    public ManyJobsStreamed stream(List<JobRequest> jobs, RowSink sink, JobSinks around, ManyJobsProgress progress,
                                   CancelSignal cancel) throws ApiException {
        return new ManyJobsStream(source, jobs, atOnce, around, progress).run(sink, EXPORT_LEADING, cancel);
    }
}

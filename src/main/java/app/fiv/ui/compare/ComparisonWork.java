package app.fiv.ui.compare;

import app.fiv.api.ApiException;
import app.fiv.api.JobSummary;
import app.fiv.compare.ComparedTable;
import app.fiv.compare.Comparison;
import app.fiv.jobs.FetchProgress;
import app.fiv.jobs.JobFetcher;
import app.fiv.jobs.LoadedJob;
import app.fiv.session.SessionKeeper;
import app.fiv.ui.job.Sizes;
import app.fiv.ui.task.TaskContext;
import java.util.Optional;

/**
 * One comparison's work on a worker thread: find the previous run (or take the job asked for),
 * fetch its failed items, compare. An earlier job already fetched is compared again without
 * asking the CommServe (a refreshed tab).
 */
final class ComparisonWork {
    /** What came of it: a comparison, no previous run, or an earlier run without failed items. */
    record Outcome(JobSummary earlierJob, LoadedJob earlier, ComparedTable compared) {
        static Outcome noPrevious() {
            return new Outcome(null, null, null);
        }

        boolean foundNoPrevious() {
            return earlierJob == null;
        }
    }

    private final PreviousRuns previousRuns;
    private final JobFetcher fetcher;

    ComparisonWork(PreviousRuns previousRuns, JobFetcher fetcher) {
        this.previousRuns = previousRuns;
        this.fetcher = fetcher;
    }

    /**
     * @param withJob the job to compare with, or 0 for the previous run
     * @param known   the earlier job as fetched before, or null to fetch it
     */
    Outcome run(SessionKeeper keeper, LoadedJob current, long withJob, LoadedJob known, TaskContext<Void> context)
            throws ApiException {
        LoadedJob earlier = known;
        JobSummary earlierJob = known == null ? null : known.summary();
        if (earlier == null) {
            if (withJob == 0) {
                context.updateMessage("Looking for the previous run of job " + current.jobId() + "…");
                Optional<JobSummary> found = previousRuns.find(keeper, current.summary(), context.cancelSignal());
                if (found.isEmpty()) {
                    return Outcome.noPrevious();
                }
                earlierJob = found.get();
            }
            long id = earlierJob != null ? earlierJob.jobId() : withJob;
            earlier = fetcher.load(keeper, id, new Messages(context, id), context.cancelSignal());
            // The list's summary names the subclient, which the job's own summary may leave out.
            earlierJob = earlierJob != null ? earlierJob : earlier.summary();
        }
        if (earlier.items().rowCount() == 0) {
            return new Outcome(earlierJob, earlier, null);
        }
        context.updateMessage("Comparing " + Sizes.rows(current.items().rowCount()) + " with "
                + Sizes.rows(earlier.items().rowCount()) + " of job " + earlier.jobId() + "…");
        return new Outcome(earlierJob, earlier, Comparison.of(current.items(), earlier.items(),
                context.cancelSignal()::isCancelled));
    }

    /** The other job's download in words, for the comparison's line and the status bar. */
    private record Messages(TaskContext<Void> context, long jobId) implements FetchProgress {
        @Override
        public void lookingUp(long id) {
            context.updateMessage("Looking up job " + id + "…");
        }

        @Override
        public void downloading(JobSummary summary) {
            context.updateMessage("Downloading the failed items of job " + jobId + " to compare with…");
        }

        @Override
        public void received(long bytes, int rows) {
            context.updateMessage("Downloading the failed items of job " + jobId + " to compare with… "
                    + Sizes.bytes(bytes) + ", " + Sizes.rows(rows));
        }
    }
}

package app.fiv.multijob;

import app.fiv.api.ApiException;
import app.fiv.api.CancelSignal;
import app.fiv.api.JobSummary;
import app.fiv.jobs.FetchProgress;
import app.fiv.jobs.LoadedJob;
import app.fiv.model.RowSink;
import app.fiv.model.Shape;
import app.fiv.model.TableBuilder;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;

/** Jobs for the multi-job fetch without a server: columns and rows each, a delay, a failure; counts how many run at once. */
final class FakeJobs implements JobSource {
    record Job(List<String> columns, List<List<String>> rows, long delayMillis, ApiException failure) {
    }

    private final Map<Long, Job> jobs = new HashMap<>();
    final AtomicInteger running = new AtomicInteger();
    final AtomicInteger mostAtOnce = new AtomicInteger();
    final AtomicInteger summariesAsked = new AtomicInteger();
    final AtomicInteger rowsProduced = new AtomicInteger();

    FakeJobs job(long id, List<String> columns, List<List<String>> rows, long delayMillis) {
        jobs.put(id, new Job(columns, rows, delayMillis, null));
        return this;
    }

    FakeJobs failing(long id, ApiException failure) {
        jobs.put(id, new Job(List.of(), List.of(), 0, failure));
        return this;
    }

    static JobSummary summary(long id) {
        return new JobSummary(id, "Completed w/ one or more errors", "Backup", "", "", "", 100, Optional.empty(),
                Optional.empty(), 0, 0, 0, "client-" + id, "sub-" + id, "", "");
    }

    @Override
    public JobSummary summary(long jobId, CancelSignal cancel) throws ApiException {
        summariesAsked.incrementAndGet();
        Job job = jobs.get(jobId);
        if (job == null) {
            throw new ApiException(ApiException.Kind.NOT_FOUND, "Job " + jobId + " was not found on the CommServe.");
        }
        return summary(jobId);
    }

    @Override
    public LoadedJob load(JobSummary summary, FetchProgress progress, CancelSignal cancel) throws ApiException {
        TableBuilder table = new TableBuilder();
        stream(summary.jobId(), table, cancel);
        return new LoadedJob(summary, table.build(), 100, Duration.ZERO, true);
    }

    @Override
    public void stream(long jobId, RowSink sink, CancelSignal cancel) throws ApiException {
        Job job = jobs.get(jobId);
        if (job == null) {
            throw new ApiException(ApiException.Kind.NOT_FOUND, "Job " + jobId + " was not found on the CommServe.");
        }
        int now = running.incrementAndGet();
        mostAtOnce.accumulateAndGet(now, Math::max);
        try {
            sleep(job.delayMillis(), cancel);
            if (job.failure() != null) {
                throw job.failure();
            }
            sink.begin(Shape.LIST);
            sink.columns(0, job.columns());
            for (List<String> row : job.rows()) {
                cancel.throwIfCancelled();
                sink.row(row.toArray(String[]::new));
                rowsProduced.incrementAndGet();
            }
            sink.end();
        } finally {
            running.decrementAndGet();
        }
    }

    private static void sleep(long millis, CancelSignal cancel) {
        long until = System.nanoTime() + millis * 1_000_000;
        while (System.nanoTime() < until) {
            cancel.throwIfCancelled();
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancellationException("interrupted");
            }
        }
    }
}

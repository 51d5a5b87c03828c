package app.fiv.multijob;

import app.fiv.api.ApiException;
import app.fiv.api.CancelSignal;
import app.fiv.api.JobSummary;
import app.fiv.model.RowSink;
import app.fiv.model.Shape;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * One stream of many jobs into one sink, for the command line: at most {@code atOnce} jobs
 * download and parse at a time, started in the order given, and their rows reach the sink job
 * after job in that order, each job whole, on the calling thread. A job ahead of the one being
 * written waits once it has parsed {@value #BATCH} x {@value #BATCHES} events, so memory stays bounded
 * whatever the size of the jobs (a few thousand rows a job running).
 *
 * <p>A job that fails is named with its error and the rows it had passed on; the others go on.
 * A login that cannot be renewed stops them all. The sink's own failure (a full disk) stops them all
 * and is thrown as it was.
 */
final class ManyJobsStream {
    static final int BATCH = 512;
    static final int BATCHES = 8;

    private final JobSource source;
    private final List<JobRequest> jobs;
    private final int atOnce;
    private final JobSinks around;
    private final ManyJobsProgress progress;
    private final CancelSignal all = new CancelSignal();
    private volatile ApiException fatal;
    private volatile RuntimeException broken;

    ManyJobsStream(JobSource source, List<JobRequest> jobs, int atOnce, JobSinks around, ManyJobsProgress progress) {
        this.source = source;
        this.jobs = List.copyOf(jobs);
        this.atOnce = atOnce;
        this.around = around;
        this.progress = progress;
    }

    /** What a job's thread hands to the writing thread. */
    private record Summary(JobSummary summary) {
    }

    private record Columns(int first, List<String> names) {
    }

    private record Failed(ApiException error) {
    }

    private static final Object END = new Object();

    ManyJobsStreamed run(RowSink sink, List<String> leadingNames, CancelSignal cancel) throws ApiException {
        cancel.onCancel(all::cancel);
        MergedSink merged = new MergedSink(sink, leadingNames);
        merged.begin(Shape.LIST);
        List<JobSummary> read = new ArrayList<>();
        List<JobFailure> failed = new ArrayList<>();
        if (jobs.isEmpty()) {
            merged.finish();
            return new ManyJobsStreamed(read, failed, 0);
        }
        List<Channel> channels = new ArrayList<>();
        for (int i = 0; i < jobs.size(); i++) {
            channels.add(new Channel());
        }
        ExecutorService workers = Workers.of(Math.min(atOnce, jobs.size()), "fiv-export-jobs");
        try {
            for (int i = 0; i < jobs.size(); i++) {
                int index = i;
                workers.execute(() -> produce(jobs.get(index), channels.get(index)));
            }
            for (int i = 0; i < jobs.size(); i++) {
                consume(jobs.get(i), channels.get(i), merged, read, failed, cancel);
                progress.jobsRead(read.size(), failed.size(), jobs.size(), merged.rowCount());
            }
        } finally {
            all.cancel(); // a stream that stopped early stops its jobs; after a complete one this changes nothing
            workers.shutdownNow();
        }
        if (!read.isEmpty() || failed.isEmpty()) {
            merged.finish();
        }
        return new ManyJobsStreamed(read, failed, merged.rowCount());
    }

    /** On a job's thread: the job's summary and rows into its channel, then its end or its failure. */
    private void produce(JobRequest job, Channel channel) {
        try {
            all.throwIfCancelled();
            JobSummary summary = job.summary().isPresent() ? job.summary().get() : source.summary(job.jobId(), all);
            channel.add(new Summary(summary));
            source.stream(job.jobId(), around.around(summary, channel), all);
            channel.add(END);
            channel.flush();
        } catch (ApiException e) {
            if (e.kind() == ApiException.Kind.AUTHENTICATION) {
                fatal = e;
                all.cancel();
                return;
            }
            channel.add(new Failed(e));
            channel.flush();
        } catch (CancellationException e) {
            // The whole stream stopped: the writing thread no longer waits for this job.
        } catch (RuntimeException e) {
            broken = e;
            all.cancel();
        }
    }

    /** On the calling thread: one job's events into the merged sink, until its end or its failure. */
    private void consume(JobRequest job, Channel channel, MergedSink merged, List<JobSummary> read,
                         List<JobFailure> failed, CancelSignal cancel) throws ApiException {
        RowSink sink = null;
        JobSummary summary = null;
        long rowsBefore = merged.rowCount();
        while (true) {
            for (Object event : channel.take(cancel)) {
                if (event instanceof String[] cells) {
                    sink.row(cells);
                } else if (event instanceof Columns columns) {
                    sink.columns(columns.first(), columns.names());
                } else if (event instanceof Summary given) {
                    summary = given.summary();
                    sink = merged.job(summary);
                } else if (event == END) {
                    read.add(summary);
                    return;
                } else if (event instanceof Failed failure) {
                    failed.add(new JobFailure(job.jobId(), failure.error(), merged.rowCount() - rowsBefore));
                    return;
                }
            }
        }
    }

    /** One job's events, in batches, bounded: the job's thread waits while the writing thread is behind. */
    private final class Channel implements RowSink {
        private final BlockingQueue<List<Object>> queue = new ArrayBlockingQueue<>(BATCHES);
        private List<Object> batch = new ArrayList<>(BATCH);

        @Override
        public void begin(Shape shape) {
            // The merged stream has one shape, told before the first job.
        }

        @Override
        public void columns(int first, List<String> names) {
            add(new Columns(first, names));
        }

        @Override
        public void row(String[] cells) {
            add(cells);
        }

        @Override
        public void end() {
            // The job's end is told once its call returns, after any late columns.
        }

        void add(Object event) {
            batch.add(event);
            if (batch.size() >= BATCH) {
                flush();
            }
        }

        void flush() {
            if (batch.isEmpty()) {
                return;
            }
            List<Object> full = batch;
            batch = new ArrayList<>(BATCH);
            try {
                while (!queue.offer(full, 50, TimeUnit.MILLISECONDS)) {
                    all.throwIfCancelled();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancellationException("interrupted");
            }
        }

        List<Object> take(CancelSignal cancel) throws ApiException {
            try {
                while (true) {
                    List<Object> next = queue.poll(50, TimeUnit.MILLISECONDS);
                    if (next != null) {
                        return next;
                    }
                    checkStopped(cancel);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancellationException("interrupted");
            }
        }

        private void checkStopped(CancelSignal cancel) throws ApiException {
            if (cancel.isCancelled()) {
                throw new CancellationException("cancelled");
            }
            if (fatal != null) {
                throw fatal;
            }
            if (broken != null) {
                throw broken;
            }
            if (all.isCancelled()) {
                throw new CancellationException("stopped");
            }
        }
    }
}

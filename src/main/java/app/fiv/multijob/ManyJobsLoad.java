package app.fiv.multijob;

import app.fiv.api.ApiException;
import app.fiv.api.CancelSignal;
import app.fiv.api.JobSummary;
import app.fiv.jobs.FetchProgress;
import app.fiv.jobs.JobFetcher;
import app.fiv.jobs.LoadedJob;
import app.fiv.model.FailedItemsTable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;

/**
 * One load of many jobs into a table, for the window: each job loads into its own table as one
 * job does ({@link JobSource#load}, at most {@code atOnce} jobs at a time, started in the order
 * given), and the calling thread joins the tables so far about every quarter second, in the order
 * given, for the rows so far to show. A job that fails is set aside with its error; the others
 * go on. A login that cannot be renewed stops them all (every job would fail the same way).
 */
final class ManyJobsLoad {
    private final JobSource source;
    private final List<JobRequest> jobs;
    private final int atOnce;
    private final ManyJobsProgress progress;
    private final CancelSignal all = new CancelSignal();
    private final Slot[] slots;
    private final Object lock = new Object();
    private int ended;
    private boolean changed;
    private ApiException fatal;
    private RuntimeException broken;

    /** One job's state; read and written under the lock. */
    private static final class Slot {
        JobSummary summary;
        FailedItemsTable rows;
        LoadedJob loaded;
        ApiException failure;
        long bytes;
    }

    ManyJobsLoad(JobSource source, List<JobRequest> jobs, int atOnce, ManyJobsProgress progress) {
        this.source = source;
        this.jobs = List.copyOf(jobs);
        this.atOnce = atOnce;
        this.progress = progress;
        this.slots = new Slot[this.jobs.size()];
        for (int i = 0; i < slots.length; i++) {
            slots[i] = new Slot();
            slots[i].summary = this.jobs.get(i).summary().orElse(null);
        }
    }

    ManyJobsTable run(CancelSignal cancel) throws ApiException {
        long started = System.nanoTime();
        cancel.onCancel(all::cancel);
        if (jobs.isEmpty()) {
            return new ManyJobsTable(jobs, List.of(), List.of(), List.of(), 0, Duration.ZERO, true);
        }
        ExecutorService workers = Workers.of(Math.min(atOnce, jobs.size()), "fiv-jobs");
        try {
            for (int i = 0; i < slots.length; i++) {
                int index = i;
                workers.execute(() -> load(index));
            }
            waitForAll(cancel, started);
        } finally {
            all.cancel(); // a fetch that stopped early stops its jobs; after a complete one this changes nothing
            workers.shutdownNow();
        }
        if (fatal != null) {
            throw fatal;
        }
        if (broken != null) {
            throw broken;
        }
        return snapshot(started, true);
    }

    private void load(int index) {
        Slot slot = slots[index];
        JobRequest job = jobs.get(index);
        try {
            all.throwIfCancelled();
            JobSummary summary = job.summary().isPresent() ? job.summary().get() : source.summary(job.jobId(), all);
            synchronized (lock) {
                slot.summary = summary;
            }
            LoadedJob loaded = source.load(summary, new FetchProgress() {
                @Override
                public void received(long bytes, int rows) {
                    synchronized (lock) {
                        slot.bytes = bytes;
                    }
                }

                @Override
                public void rowsSoFar(LoadedJob partial) {
                    synchronized (lock) {
                        slot.rows = partial.items();
                        changed = true;
                        lock.notifyAll();
                    }
                }
            }, all);
            synchronized (lock) {
                slot.loaded = loaded;
                slot.rows = loaded.items();
                slot.bytes = loaded.bytes();
            }
        } catch (ApiException e) {
            synchronized (lock) {
                slot.failure = e;
                slot.rows = null;
                if (e.kind() == ApiException.Kind.AUTHENTICATION && fatal == null) {
                    fatal = e;
                }
            }
            if (e.kind() == ApiException.Kind.AUTHENTICATION) {
                all.cancel();
            }
        } catch (CancellationException e) {
            // The whole fetch stopped; nothing of this job is kept.
        } catch (RuntimeException e) {
            synchronized (lock) {
                broken = broken == null ? e : broken;
            }
            all.cancel();
        } finally {
            synchronized (lock) {
                ended++;
                changed = true;
                lock.notifyAll();
            }
        }
    }

    /** Joins the rows so far now and then until every job has ended; a cancel ends the wait at once. */
    private void waitForAll(CancelSignal cancel, long started) {
        long lastShown = System.nanoTime() - JobFetcher.PUBLISH_EVERY_NANOS + JobFetcher.FIRST_ROWS_AFTER_NANOS;
        int endedTold = 0;
        while (true) {
            boolean show;
            int endedNow;
            synchronized (lock) {
                long wait = JobFetcher.PUBLISH_EVERY_NANOS - (System.nanoTime() - lastShown);
                if (ended < slots.length && wait > 0 && !cancel.isCancelled()) {
                    try {
                        lock.wait(Math.max(1, wait / 1_000_000));
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new CancellationException("interrupted");
                    }
                }
                if (cancel.isCancelled()) {
                    throw new CancellationException("cancelled");
                }
                if (ended == slots.length || fatal != null || broken != null) {
                    return;
                }
                show = changed && System.nanoTime() - lastShown >= JobFetcher.PUBLISH_EVERY_NANOS;
                endedNow = ended;
            }
            if (endedNow != endedTold) {
                endedTold = endedNow;
                tellEnded();
            }
            if (show) {
                lastShown = System.nanoTime();
                progress.rowsSoFar(snapshot(started, false));
            }
        }
    }

    private void tellEnded() {
        int read = 0;
        int failed = 0;
        long rows = 0;
        synchronized (lock) {
            for (Slot slot : slots) {
                read += slot.loaded != null ? 1 : 0;
                failed += slot.failure != null ? 1 : 0;
                rows += slot.rows == null ? 0 : slot.rows.rowCount();
            }
        }
        progress.jobsRead(read, failed, slots.length, rows);
    }

    /** The jobs so far in the order given: read ones whole, running ones as far as they got. */
    private ManyJobsTable snapshot(long started, boolean complete) {
        List<JobPart> parts = new ArrayList<>();
        List<FailedItemsTable> tables = new ArrayList<>();
        List<JobFailure> failures = new ArrayList<>();
        long bytes = 0;
        synchronized (lock) {
            changed = false;
            for (int i = 0; i < slots.length; i++) {
                Slot slot = slots[i];
                bytes += slot.bytes;
                if (slot.failure != null) {
                    failures.add(new JobFailure(jobs.get(i).jobId(), slot.failure, 0));
                } else if (slot.rows != null && slot.summary != null) {
                    parts.add(new JobPart(slot.summary, slot.rows.rowCount()));
                    tables.add(slot.rows);
                }
            }
        }
        if (complete) {
            progress.jobsRead(parts.size(), failures.size(), slots.length, parts.stream().mapToLong(JobPart::rows).sum());
        }
        return new ManyJobsTable(jobs, parts, tables, failures, bytes,
                Duration.ofNanos(System.nanoTime() - started), complete);
    }
}

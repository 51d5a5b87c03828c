package app.fiv.compare;

import app.fiv.api.ApiException;
import app.fiv.api.CancelSignal;
import app.fiv.api.JobSummary;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The previous run of each of many jobs, looked for at most {@code atOnce} at a time (as many jobs
 * are fetched). A job whose look fails is told with its error and the others go on; a login that
 * cannot be renewed stops them all, since every look would fail the same way. Blocks; runs on a
 * worker thread.
 */
public final class PreviousRunsOfMany {
    /** How one job's previous run is found (on a CommServe, through the login's one session keeper). */
    @FunctionalInterface
    public interface Finder {
        Optional<JobSummary> find(JobSummary job, CancelSignal cancel) throws ApiException;
    }

    /** What came of one job's look: its previous run (or none), or why it could not be looked for. */
    public record Found(JobSummary job, Optional<JobSummary> previous, ApiException failure) {
        public static Found of(JobSummary job, Optional<JobSummary> previous) {
            return new Found(job, previous, null);
        }
    }

    private PreviousRunsOfMany() {
    }

    /** Each job's look, in the order given. */
    public static List<Found> find(List<JobSummary> jobs, Finder finder, int atOnce, CancelSignal cancel)
            throws ApiException {
        if (jobs.isEmpty()) {
            return List.of();
        }
        CancelSignal all = new CancelSignal();
        cancel.onCancel(all::cancel);
        AtomicInteger number = new AtomicInteger();
        ExecutorService workers = Executors.newFixedThreadPool(Math.min(atOnce, jobs.size()), task -> {
            Thread thread = new Thread(task, "fiv-previous-runs-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<Found>> looks = new ArrayList<>();
            for (JobSummary job : jobs) {
                looks.add(workers.submit(() -> look(job, finder, all)));
            }
            List<Found> found = new ArrayList<>();
            for (Future<Found> look : looks) {
                found.add(outcome(look));
            }
            // A login that cannot be renewed stopped the other looks: it is what to tell.
            for (Found one : found) {
                if (one != null && one.failure() != null && one.failure().kind() == ApiException.Kind.AUTHENTICATION) {
                    throw one.failure();
                }
            }
            cancel.throwIfCancelled();
            if (found.contains(null)) {
                throw new CancellationException("cancelled");
            }
            return found;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted");
        } finally {
            all.cancel();
            workers.shutdownNow();
        }
    }

    /** The look's outcome, or null when it was stopped. */
    private static Found outcome(Future<Found> look) throws InterruptedException {
        try {
            return look.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof CancellationException) {
                return null;
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private static Found look(JobSummary job, Finder finder, CancelSignal all) {
        all.throwIfCancelled();
        try {
            return Found.of(job, finder.find(job, all));
        } catch (ApiException e) {
            if (e.kind() == ApiException.Kind.AUTHENTICATION) {
                all.cancel();
            }
            return new Found(job, Optional.empty(), e);
        }
    }
}

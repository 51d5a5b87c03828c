package app.fiv.joblist;

import app.fiv.api.ApiException;
import app.fiv.api.CancelSignal;
import app.fiv.api.JobListPage;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The pages of a job list asked for before they are needed, so the CommServe prepares the next
 * page while this one is read: over a slow link, or a CommServe that takes its time, a list of a
 * hundred pages takes about a third of the time. Each guess is an offset the pages would reach if
 * they keep their size; {@link #take} hands out the page at the offset really reached, and a
 * guess that turns out wrong is dropped unread.
 */
final class PagesAhead implements AutoCloseable {
    private record Guess(int offset, CompletableFuture<JobListPage> page) {
    }

    private final JobPages pages;
    private final int extra;
    private final CancelSignal cancel;
    private final ExecutorService threads;
    private final Deque<Guess> guesses = new ArrayDeque<>();

    /** @param extra how many pages may be asked for besides the one being read (0: none ahead) */
    PagesAhead(JobPages pages, int extra, CancelSignal cancel) {
        this.pages = pages;
        this.extra = extra;
        this.cancel = cancel;
        this.threads = extra <= 0 ? null : Executors.newFixedThreadPool(extra, runnable -> {
            Thread thread = new Thread(runnable, "fiv-job-list-ahead");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** The page at this offset: the one asked for ahead if it was, else asked for now. */
    JobListPage take(int offset, int limit) throws ApiException {
        while (!guesses.isEmpty() && guesses.peekFirst().offset() != offset) {
            guesses.removeFirst(); // a wrong guess: the pages did not keep their size
        }
        Guess guess = guesses.pollFirst();
        if (guess == null) {
            guesses.clear();
            return pages.page(offset, limit);
        }
        return await(guess.page());
    }

    /** Asks ahead for the pages after {@code next}, {@code step} jobs apart, none past the count (when known). */
    void guess(int next, int step, int limit, long total) {
        if (threads == null || step <= 0) {
            return;
        }
        int offset = guesses.isEmpty() ? next : guesses.peekLast().offset() + step;
        while (guesses.size() < extra && (total < 0 || offset < total)) {
            int at = offset;
            guesses.addLast(new Guess(at, CompletableFuture.supplyAsync(() -> {
                try {
                    return pages.page(at, limit);
                } catch (ApiException e) {
                    throw new CompletionException(e);
                }
            }, threads)));
            offset += step;
        }
    }

    private JobListPage await(CompletableFuture<JobListPage> page) throws ApiException {
        try {
            return page.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            cancel.cancel();
            throw new CancellationException("interrupted");
        } catch (ExecutionException e) {
            cancel.throwIfCancelled();
            Throwable cause = e.getCause() instanceof CompletionException wrapped ? wrapped.getCause() : e.getCause();
            if (cause instanceof ApiException api) {
                throw api;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("a page of the job list could not be read", cause);
        }
    }

    @Override
    public void close() {
        guesses.clear();
        if (threads != null) {
            threads.shutdownNow();
        }
    }
}

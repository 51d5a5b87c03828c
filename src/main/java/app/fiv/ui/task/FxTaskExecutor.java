package app.fiv.ui.task;

import app.fiv.api.CancelSignal;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * Runs each task on a pool of daemon threads and delivers its callbacks on the FX thread, so
 * callers never need {@code Platform.runLater}. Messages, progress and partial results are
 * coalesced: however often the work reports, the FX thread sees at most one pending report of
 * each kind, the newest.
 */
public final class FxTaskExecutor implements TaskExecutor {
    private final ExecutorService threads;
    private final Consumer<Throwable> unhandled;
    // Once the app is closed, work that still ends (or reports) must not touch its objects any more.
    private volatile boolean closed;

    /** @param unhandled told (on the FX thread) of every failure that no task handled itself */
    public FxTaskExecutor(Consumer<Throwable> unhandled) {
        this.unhandled = unhandled;
        AtomicInteger count = new AtomicInteger();
        this.threads = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "fiv-worker-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public <T, P> TaskHandle execute(BackgroundTask<T, P> task) {
        TaskRun<T, P> run = task.newRun(unhandled);
        Reports<P> reports = new Reports<>(run);
        try {
            threads.execute(() -> {
                try {
                    T value = run.work().run(reports);
                    deliver(() -> run.succeed(value));
                } catch (Throwable error) {
                    deliver(() -> run.fail(error));
                }
            });
        } catch (RejectedExecutionException closing) {
            // The app is closing (a callback still queued starts more work): the work never runs, nothing is told.
            run.signal().cancel();
        }
        return run;
    }

    @Override
    public void onUiThread(Runnable action) {
        if (Platform.isFxApplicationThread()) {
            action.run();
        } else {
            deliver(action);
        }
    }

    private void deliver(Runnable action) {
        Platform.runLater(() -> {
            if (!closed) {
                action.run();
            }
        });
    }

    /** The app is closing: no work starts, and nothing of work still running is delivered any more. */
    public void shutdown() {
        closed = true;
        threads.shutdownNow();
    }

    /** The running work's side of a task: its reports wait for the FX thread, one of each kind at a time. */
    private final class Reports<P> implements TaskContext<P> {
        private final TaskRun<?, P> run;
        private final Latest<String> message = new Latest<>();
        private final Latest<Double> progress = new Latest<>();
        private final Latest<P> partial = new Latest<>();

        Reports(TaskRun<?, P> run) {
            this.run = run;
        }

        @Override
        public CancelSignal cancelSignal() {
            return run.signal();
        }

        @Override
        public void updateMessage(String text) {
            message.offer(text, run::message);
        }

        @Override
        public void updateProgress(long done, long total) {
            progress.offer(total <= 0 ? 0.0 : Math.min(1.0, (double) done / total), run::progress);
        }

        @Override
        public void publish(P value) {
            partial.offer(value, run::partial);
        }
    }

    /** Holds the newest value until the FX thread takes it; only the first value of a burst schedules a delivery. */
    private final class Latest<V> {
        private final AtomicReference<V> pending = new AtomicReference<>();

        void offer(V value, Consumer<V> deliver) {
            if (value != null && pending.getAndSet(value) == null) {
                deliver(() -> {
                    V latest = pending.getAndSet(null);
                    if (latest != null) {
                        deliver.accept(latest);
                    }
                });
            }
        }
    }
}

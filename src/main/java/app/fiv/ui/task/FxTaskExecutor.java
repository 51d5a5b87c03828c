package app.fiv.ui.task;

import app.fiv.api.CancelSignal;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.concurrent.Task;

/**
 * Runs each task as a JavaFX {@link Task} on a pool of daemon threads, so that progress and results
 * arrive on the FX thread without any {@code Platform.runLater} in the callers.
 */
public final class FxTaskExecutor implements TaskExecutor {
    private final ExecutorService threads;

    public FxTaskExecutor() {
        AtomicInteger count = new AtomicInteger();
        this.threads = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "fiv-worker-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public <T> TaskHandle execute(BackgroundTask<T> task) {
        FxWork<T> fxTask = new FxWork<>(task);
        fxTask.messageProperty().addListener((property, old, message) -> {
            if (!fxTask.isDone() && message != null) {
                task.message(message);
            }
        });
        fxTask.progressProperty().addListener((property, old, fraction) -> {
            if (!fxTask.isDone() && fraction.doubleValue() >= 0) {
                task.progress(fraction.doubleValue());
            }
        });
        fxTask.setOnSucceeded(event -> task.succeeded(fxTask.getValue()));
        fxTask.setOnCancelled(event -> task.cancelled());
        fxTask.setOnFailed(event -> {
            Throwable error = fxTask.getException();
            if (fxTask.signal.isCancelled() || error instanceof CancellationException) {
                task.cancelled();
            } else {
                task.failed(error);
            }
        });
        threads.execute(fxTask);
        return new TaskHandle() {
            @Override
            public void cancel() {
                fxTask.signal.cancel();
                fxTask.cancel(true);
            }

            @Override
            public boolean isDone() {
                return fxTask.isDone();
            }
        };
    }

    public void shutdown() {
        threads.shutdownNow();
    }

    /** The JavaFX task that carries one background task; Task coalesces its messages onto the FX thread. */
    private static final class FxWork<T> extends Task<T> implements TaskContext {
        private final BackgroundTask<T> task;
        private final CancelSignal signal = new CancelSignal();
        private final java.util.concurrent.atomic.AtomicReference<Object> partial = new java.util.concurrent.atomic.AtomicReference<>();

        FxWork(BackgroundTask<T> task) {
            this.task = task;
        }

        @Override
        protected T call() throws Exception {
            return task.work().run(this);
        }

        @Override
        public CancelSignal cancelSignal() {
            return signal;
        }

        @Override
        public void updateMessage(String message) {
            super.updateMessage(message);
        }

        @Override
        public void updateProgress(long done, long total) {
            super.updateProgress(done, total);
        }

        @Override
        public void publish(Object value) {
            if (partial.getAndSet(value) == null) {
                javafx.application.Platform.runLater(() -> {
                    Object latest = partial.getAndSet(null);
                    if (latest != null && !isDone()) {
                        task.partial(latest);
                    }
                });
            }
        }
    }
}

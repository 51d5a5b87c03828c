package app.fiv.ui.task;

import app.fiv.api.CancelSignal;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;

/**
 * The life of one started task, shared by every executor so they all keep the same promises:
 * exactly one of success, failure or cancel is delivered; a cancel wins over a result that was
 * already on its way; nothing published arrives after the end. Every method but the signal's
 * runs on the thread callbacks are delivered on (the FX thread), so no locking is needed.
 */
final class TaskRun<T, P> implements TaskHandle {
    private static final System.Logger LOG = System.getLogger(TaskRun.class.getName());

    private final BackgroundTask<T, P> task;
    private final Consumer<Throwable> unhandled;
    private final CancelSignal signal = new CancelSignal();
    private boolean finished;

    TaskRun(BackgroundTask<T, P> task, Consumer<Throwable> unhandled) {
        this.task = task;
        this.unhandled = unhandled;
    }

    CancelSignal signal() {
        return signal;
    }

    Work<T, P> work() {
        return task.work();
    }

    /** Stops the work (closing its downloads) and tells the task at once; a later result is dropped. */
    @Override
    public void cancel() {
        signal.cancel();
        if (!finished) {
            finished = true;
            task.cancelled();
        }
    }

    @Override
    public boolean isDone() {
        return finished;
    }

    void succeed(T value) {
        if (!finished) {
            finished = true;
            task.succeeded(value);
        }
    }

    void fail(Throwable error) {
        if (finished) {
            return;
        }
        finished = true;
        if (signal.isCancelled() || error instanceof CancellationException) {
            task.cancelled();
        } else if (!task.failed(error)) {
            LOG.log(System.Logger.Level.WARNING, "A background task failed and nobody handled it", error);
            unhandled.accept(error);
        }
    }

    void message(String message) {
        if (!finished && message != null) {
            task.message(message);
        }
    }

    void progress(double fraction) {
        if (!finished && fraction >= 0) {
            task.progress(fraction);
        }
    }

    void partial(P partial) {
        if (!finished && partial != null) {
            task.partial(partial);
        }
    }
}

package app.fiv.ui.task;

import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;

/**
 * The one way the UI runs slow work: wrap it, say what happens on success, failure, cancel and
 * progress, and hand it to a {@link TaskExecutor}. Callbacks run on the FX thread (the test's
 * thread in view-model tests), and exactly one of success, failure and cancel arrives: after
 * {@link TaskHandle#cancel()} nothing but the cancel does, even if the work finished meanwhile.
 * A failure nobody handles goes to the executor's handler for unhandled failures, which logs and
 * reports it, so no error is ever silent.
 *
 * @param <T> what the work returns
 * @param <P> what it publishes on the way ({@link Void} for work that publishes nothing)
 */
public final class BackgroundTask<T, P> {
    private final Work<T, P> work;
    private Consumer<? super T> onSuccess = value -> { };
    private Consumer<? super Throwable> onFailure;
    private Runnable onCancelled = () -> { };
    private Consumer<String> onMessage = message -> { };
    private DoubleConsumer onProgress = fraction -> { };
    private Consumer<? super P> onPartial = partial -> { };

    private BackgroundTask(Work<T, P> work) {
        this.work = Objects.requireNonNull(work);
    }

    /** Work that publishes nothing on the way. */
    public static <T> BackgroundTask<T, Void> wrap(Work<T, Void> work) {
        return new BackgroundTask<>(work);
    }

    /** Work that publishes intermediate results of type {@code P} (the rows so far of a download). */
    public static <T, P> BackgroundTask<T, P> publishing(Work<T, P> work) {
        return new BackgroundTask<>(work);
    }

    public BackgroundTask<T, P> onSuccess(Consumer<? super T> callback) {
        this.onSuccess = Objects.requireNonNull(callback);
        return this;
    }

    /** Replaces the default handling (log and report) of a failure. */
    public BackgroundTask<T, P> onFailure(Consumer<? super Throwable> callback) {
        this.onFailure = Objects.requireNonNull(callback);
        return this;
    }

    public BackgroundTask<T, P> onCancelled(Runnable callback) {
        this.onCancelled = Objects.requireNonNull(callback);
        return this;
    }

    public BackgroundTask<T, P> onMessage(Consumer<String> callback) {
        this.onMessage = Objects.requireNonNull(callback);
        return this;
    }

    /** Receives the fraction done, from 0 to 1. */
    public BackgroundTask<T, P> onProgress(DoubleConsumer callback) {
        this.onProgress = Objects.requireNonNull(callback);
        return this;
    }

    /** Receives what the work publishes on the way (never after success, failure or cancel). */
    public BackgroundTask<T, P> onPartial(Consumer<? super P> callback) {
        this.onPartial = Objects.requireNonNull(callback);
        return this;
    }

    public TaskHandle executeWith(TaskExecutor executor) {
        return executor.execute(this);
    }

    Work<T, P> work() {
        return work;
    }

    /** One run of this task: the state that makes its callbacks arrive once and in order. */
    TaskRun<T, P> newRun(Consumer<Throwable> unhandled) {
        return new TaskRun<>(this, unhandled);
    }

    void succeeded(T value) {
        onSuccess.accept(value);
    }

    /** @return false when no callback was given, so the executor's default handling applies */
    boolean failed(Throwable error) {
        if (onFailure == null) {
            return false;
        }
        onFailure.accept(error);
        return true;
    }

    void cancelled() {
        onCancelled.run();
    }

    void message(String message) {
        onMessage.accept(message);
    }

    void partial(P partial) {
        onPartial.accept(partial);
    }

    void progress(double fraction) {
        onProgress.accept(fraction);
    }
}

package app.fiv.ui.task;

import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;

/**
 * The one way the UI runs slow work: wrap it, say what happens on success, failure, cancel and
 * progress, and hand it to a {@link TaskExecutor}. Callbacks run on the FX thread.
 */
public final class BackgroundTask<T> {
    private final Work<T> work;
    private Consumer<? super T> onSuccess = value -> { };
    private Consumer<? super Throwable> onFailure = error -> { };
    private Runnable onCancelled = () -> { };
    private Consumer<String> onMessage = message -> { };
    private DoubleConsumer onProgress = fraction -> { };
    private Consumer<Object> onPartial = partial -> { };

    private BackgroundTask(Work<T> work) {
        this.work = Objects.requireNonNull(work);
    }

    public static <T> BackgroundTask<T> wrap(Work<T> work) {
        return new BackgroundTask<>(work);
    }

    public BackgroundTask<T> onSuccess(Consumer<? super T> callback) {
        this.onSuccess = Objects.requireNonNull(callback);
        return this;
    }

    public BackgroundTask<T> onFailure(Consumer<? super Throwable> callback) {
        this.onFailure = Objects.requireNonNull(callback);
        return this;
    }

    public BackgroundTask<T> onCancelled(Runnable callback) {
        this.onCancelled = Objects.requireNonNull(callback);
        return this;
    }

    public BackgroundTask<T> onMessage(Consumer<String> callback) {
        this.onMessage = Objects.requireNonNull(callback);
        return this;
    }

    /** Receives the fraction done, from 0 to 1. */
    public BackgroundTask<T> onProgress(DoubleConsumer callback) {
        this.onProgress = Objects.requireNonNull(callback);
        return this;
    }

    /** Receives what the work publishes on the way (never after success, failure or cancel). */
    public <P> BackgroundTask<T> onPartial(Class<P> type, Consumer<? super P> callback) {
        Objects.requireNonNull(callback);
        this.onPartial = partial -> callback.accept(type.cast(partial));
        return this;
    }

    public TaskHandle executeWith(TaskExecutor executor) {
        return executor.execute(this);
    }

    Work<T> work() {
        return work;
    }

    void succeeded(T value) {
        onSuccess.accept(value);
    }

    void failed(Throwable error) {
        onFailure.accept(error);
    }

    void cancelled() {
        onCancelled.run();
    }

    void message(String message) {
        onMessage.accept(message);
    }

    void partial(Object partial) {
        onPartial.accept(partial);
    }

    void progress(double fraction) {
        onProgress.accept(fraction);
    }
}

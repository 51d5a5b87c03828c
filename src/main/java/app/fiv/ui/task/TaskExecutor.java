package app.fiv.ui.task;

/** Runs background tasks; every callback of a task reaches the FX thread (or the test's thread). */
public interface TaskExecutor {
    <T> TaskHandle execute(BackgroundTask<T> task);
}

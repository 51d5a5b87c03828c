package app.fiv.ui.task;

/** Runs background tasks; every callback of a task reaches the FX thread (or the test's thread). */
public interface TaskExecutor {
    <T, P> TaskHandle execute(BackgroundTask<T, P> task);

    /**
     * Runs an action where callbacks run (the FX thread), for events that arise on a worker
     * thread outside any one task's result, such as a token renewed in the middle of a call.
     */
    void onUiThread(Runnable action);
}

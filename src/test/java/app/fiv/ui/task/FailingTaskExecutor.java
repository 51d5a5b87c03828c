package app.fiv.ui.task;

/** Every task fails with the given error instead of running: for what a view-model does with a failure. */
public final class FailingTaskExecutor implements TaskExecutor {
    private final RuntimeException error;

    public FailingTaskExecutor(RuntimeException error) {
        this.error = error;
    }

    @Override
    public <T, P> TaskHandle execute(BackgroundTask<T, P> task) {
        TaskRun<T, P> run = task.newRun(unhandled -> {
            throw new AssertionError("a failure was left to the default handler", unhandled);
        });
        run.fail(error);
        return run;
    }

    @Override
    public void onUiThread(Runnable action) {
        action.run();
    }
}

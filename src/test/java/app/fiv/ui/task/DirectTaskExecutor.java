package app.fiv.ui.task;

import app.fiv.api.CancelSignal;
import java.util.ArrayList;
import java.util.List;

/** Runs tasks at once on the calling thread, so view-models can be tested without the FX thread. */
public final class DirectTaskExecutor implements TaskExecutor {
    private final List<String> messages = new ArrayList<>();
    private final List<Throwable> unhandled = new ArrayList<>();

    @Override
    public <T, P> TaskHandle execute(BackgroundTask<T, P> task) {
        TaskRun<T, P> run = task.newRun(unhandled::add);
        try {
            run.succeed(run.work().run(contextOf(run, messages)));
        } catch (Exception e) {
            run.fail(e);
        }
        return run;
    }

    @Override
    public void onUiThread(Runnable action) {
        action.run();
    }

    /** Every progress message the tasks gave, in order. */
    public List<String> messages() {
        return messages;
    }

    /** The failures no task handled: what the app would have logged and reported. */
    public List<Throwable> unhandledFailures() {
        return unhandled;
    }

    /** A context that hands every report straight to the run, as the FX thread would a moment later. */
    static <P> TaskContext<P> contextOf(TaskRun<?, P> run, List<String> messages) {
        return new TaskContext<>() {
            @Override
            public CancelSignal cancelSignal() {
                return run.signal();
            }

            @Override
            public void updateMessage(String message) {
                messages.add(message);
                run.message(message);
            }

            @Override
            public void updateProgress(long done, long total) {
                run.progress(total <= 0 ? 0 : (double) done / total);
            }

            @Override
            public void publish(P partial) {
                run.partial(partial);
            }
        };
    }
}

package app.fiv.ui.task;

import app.fiv.api.CancelSignal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;

/** Runs tasks at once on the calling thread, so view-models can be tested without the FX thread. */
public final class DirectTaskExecutor implements TaskExecutor {
    private final List<String> messages = new ArrayList<>();

    @Override
    public <T> TaskHandle execute(BackgroundTask<T> task) {
        CancelSignal signal = new CancelSignal();
        TaskContext context = new TaskContext() {
            @Override
            public CancelSignal cancelSignal() {
                return signal;
            }

            @Override
            public void updateMessage(String message) {
                messages.add(message);
                task.message(message);
            }

            @Override
            public void publish(Object partial) {
                task.partial(partial);
            }

            @Override
            public void updateProgress(long done, long total) {
                task.progress(total <= 0 ? 0 : (double) done / total);
            }
        };
        try {
            task.succeeded(task.work().run(context));
        } catch (CancellationException e) {
            task.cancelled();
        } catch (Exception e) {
            task.failed(e);
        }
        return new TaskHandle() {
            @Override
            public void cancel() {
                signal.cancel();
            }

            @Override
            public boolean isDone() {
                return true;
            }
        };
    }

    /** Every progress message the tasks gave, in order. */
    public List<String> messages() {
        return messages;
    }
}

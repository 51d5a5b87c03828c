package app.fiv.ui.task;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Keeps started tasks (and actions for the UI thread) in a queue until the test runs them, so a
 * view-model test can choose the order: make an old fetch finish after a newer one started, after
 * a cancel, or after its tab was closed. A task's work and its callbacks run when it is run.
 */
public final class QueuedTaskExecutor implements TaskExecutor {
    private final Deque<Runnable> queue = new ArrayDeque<>();
    private final List<String> messages = new ArrayList<>();
    private final List<Throwable> unhandled = new ArrayList<>();

    @Override
    public <T, P> TaskHandle execute(BackgroundTask<T, P> task) {
        TaskRun<T, P> run = task.newRun(unhandled::add);
        queue.add(() -> {
            try {
                run.succeed(run.work().run(DirectTaskExecutor.contextOf(run, messages)));
            } catch (Exception e) {
                run.fail(e);
            }
        });
        return run;
    }

    @Override
    public void onUiThread(Runnable action) {
        queue.add(action);
    }

    /** How many tasks and actions wait. */
    public int pending() {
        return queue.size();
    }

    /** Runs the oldest waiting task or action. */
    public void runNext() {
        if (queue.isEmpty()) {
            throw new IllegalStateException("nothing is queued");
        }
        queue.removeFirst().run();
    }

    /** Runs the newest waiting task or action first, as when a later fetch overtakes an earlier one. */
    public void runNewest() {
        if (queue.isEmpty()) {
            throw new IllegalStateException("nothing is queued");
        }
        queue.removeLast().run();
    }

    /** Runs everything, including what running it queues. */
    public void runAll() {
        while (!queue.isEmpty()) {
            queue.removeFirst().run();
        }
    }

    public List<String> messages() {
        return messages;
    }

    public List<Throwable> unhandledFailures() {
        return unhandled;
    }
}

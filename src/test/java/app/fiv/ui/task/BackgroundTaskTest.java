package app.fiv.ui.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;

/** The promises every executor keeps, through the test executors that share them. */
class BackgroundTaskTest {
    private final List<String> events = new ArrayList<>();

    private BackgroundTask<String, Integer> recorded(Work<String, Integer> work) {
        return BackgroundTask.publishing(work)
                .onSuccess(value -> events.add("success " + value))
                .onFailure(error -> events.add("failure " + error.getMessage()))
                .onCancelled(() -> events.add("cancelled"))
                .onPartial(partial -> events.add("partial " + partial))
                .onMessage(message -> events.add("message " + message));
    }

    @Test
    void aCancelledTaskDeliversTheCancelOnceAndNothingAfterIt() {
        QueuedTaskExecutor executor = new QueuedTaskExecutor();
        TaskHandle handle = recorded(context -> {
            context.publish(1);
            context.updateMessage("half-way");
            return "rows";
        }).executeWith(executor);

        handle.cancel();
        handle.cancel();
        executor.runAll();

        assertThat(events).containsExactly("cancelled");
        assertThat(handle.isDone()).isTrue();
    }

    @Test
    void aFailureNobodyHandlesGoesToTheExecutorsHandler() {
        DirectTaskExecutor executor = new DirectTaskExecutor();

        BackgroundTask.wrap(context -> {
            throw new IllegalStateException("no space left on device");
        }).executeWith(executor);

        assertThat(executor.unhandledFailures()).singleElement()
                .satisfies(error -> assertThat(error).hasMessage("no space left on device"));
    }

    @Test
    void aHandledFailureAndACancellationAreNotReportedAsUnhandled() {
        DirectTaskExecutor executor = new DirectTaskExecutor();

        recorded(context -> {
            throw new IllegalStateException("refused");
        }).executeWith(executor);
        BackgroundTask.wrap(context -> {
            throw new CancellationException("stopped");
        }).executeWith(executor);

        assertThat(events).containsExactly("failure refused");
        assertThat(executor.unhandledFailures()).isEmpty();
    }

    @Test
    void partialResultsAndMessagesArriveBeforeTheResultTyped() {
        DirectTaskExecutor executor = new DirectTaskExecutor();

        recorded(context -> {
            context.publish(1);
            context.publish(2);
            context.updateMessage("done soon");
            return "all";
        }).executeWith(executor);

        assertThat(events).containsExactly("partial 1", "partial 2", "message done soon", "success all");
    }

    @Test
    void theQueueLetsAnOlderTaskFinishAfterANewerOne() {
        QueuedTaskExecutor executor = new QueuedTaskExecutor();
        recorded(context -> "old").executeWith(executor);
        recorded(context -> "new").executeWith(executor);

        executor.runNewest();
        executor.runNext();

        assertThat(events).containsExactly("success new", "success old");
    }
}

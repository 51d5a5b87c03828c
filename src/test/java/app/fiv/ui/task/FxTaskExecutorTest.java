package app.fiv.ui.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The real executor keeps BackgroundTask's promises on the FX thread. */
class FxTaskExecutorTest {
    private final List<Throwable> unhandled = new ArrayList<>();
    private final FxTaskExecutor executor = new FxTaskExecutor(unhandled::add);
    private final List<String> events = new ArrayList<>();

    @BeforeAll
    static void startFx() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void stop() {
        executor.shutdown();
    }

    @Test
    void workStartedWhileTheAppClosesNeverRunsAndThrowsNothing() throws Exception {
        executor.shutdown();

        TaskHandle handle = WaitForAsyncUtils.asyncFx(() -> BackgroundTask.wrap(context -> {
                    events.add("ran");
                    return "rows";
                })
                .onSuccess(value -> events.add("success"))
                .onFailure(error -> events.add("failure"))
                .executeWith(executor)).get(10, TimeUnit.SECONDS);
        Thread.sleep(100);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(events).isEmpty();
        assertThat(unhandled).isEmpty();
        assertThat(handle.isDone()).isFalse();
    }

    @Test
    void workThatEndsAfterTheAppClosedTellsNothing() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        WaitForAsyncUtils.asyncFx(() -> BackgroundTask.<String, String>publishing(context -> {
                    started.countDown();
                    // Work that does not stop when interrupted, as a blocking read may not.
                    while (release.getCount() > 0) {
                        Thread.onSpinWait();
                    }
                    context.publish("late rows");
                    return "rows";
                })
                .onPartial(value -> events.add("partial"))
                .onSuccess(value -> events.add("success"))
                .onFailure(error -> events.add("failure"))
                .executeWith(executor)).get(10, TimeUnit.SECONDS);
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();

        executor.shutdown();
        release.countDown();
        Thread.sleep(200);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(events).as("a closed app's objects are not touched").isEmpty();
        assertThat(unhandled).isEmpty();
    }

    @Test
    void aCancelWinsOverAResultAlreadyOnItsWay() throws Exception {
        CountDownLatch workDone = new CountDownLatch(1);
        WaitForAsyncUtils.asyncFx(() -> {
            TaskHandle handle = BackgroundTask.wrap(context -> {
                        workDone.countDown();
                        return "rows";
                    })
                    .onSuccess(value -> events.add("success " + value))
                    .onCancelled(() -> events.add("cancelled"))
                    .executeWith(executor);
            // The work has returned and its result waits for the FX thread, which is busy here.
            awaitQuietly(workDone);
            sleepQuietly(100);
            handle.cancel();
        }).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(100);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(events).containsExactly("cancelled");
    }

    @Test
    void callbacksRunOnTheFxThreadAndAnUnhandledFailureIsReported() throws Exception {
        List<Boolean> onFx = new ArrayList<>();
        WaitForAsyncUtils.asyncFx(() -> {
            BackgroundTask.wrap(context -> "done").onSuccess(value -> onFx.add(Platform.isFxApplicationThread()))
                    .executeWith(executor);
            BackgroundTask.wrap(context -> {
                throw new IllegalStateException("the disk is full");
            }).executeWith(executor);
        }).get(10, TimeUnit.SECONDS);
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while ((onFx.isEmpty() || unhandled.isEmpty()) && System.nanoTime() < end) {
            WaitForAsyncUtils.waitForFxEvents();
        }

        assertThat(onFx).containsExactly(true);
        assertThat(unhandled).singleElement().satisfies(error -> assertThat(error).hasMessage("the disk is full"));
    }

    @Test
    void onlyTheNewestOfManyPartialResultsWaitsForTheFxThread() throws Exception {
        List<Integer> seen = new ArrayList<>();
        CountDownLatch published = new CountDownLatch(1);
        WaitForAsyncUtils.asyncFx(() -> {
            BackgroundTask.<String, Integer>publishing(context -> {
                for (int i = 1; i <= 10_000; i++) {
                    context.publish(i);
                }
                published.countDown();
                return "end";
            }).onPartial(seen::add).onSuccess(value -> events.add(value)).executeWith(executor);
            // Keep the FX thread busy until every partial result is published.
            awaitQuietly(published);
        }).get(10, TimeUnit.SECONDS);
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (events.isEmpty() && System.nanoTime() < end) {
            WaitForAsyncUtils.waitForFxEvents();
        }

        assertThat(events).containsExactly("end");
        assertThat(seen).as("coalesced, newest last").hasSizeLessThan(10).last().isEqualTo(10_000);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            assertThat(latch.await(5, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

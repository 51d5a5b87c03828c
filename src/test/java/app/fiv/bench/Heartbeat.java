package app.fiv.bench;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;

/**
 * Measures how long the FX thread is unavailable: every 5 ms a beat is posted to it, and the
 * longest wait until it ran is the longest stall (a free FX thread answers within a pulse).
 */
final class Heartbeat implements AutoCloseable {
    private final AtomicLong longestNanos = new AtomicLong();
    private final Thread thread;
    private volatile boolean running = true;

    Heartbeat() {
        thread = new Thread(this::beat, "fx-heartbeat");
        thread.setDaemon(true);
        thread.start();
    }

    private void beat() {
        while (running) {
            CountDownLatch ran = new CountDownLatch(1);
            long posted = System.nanoTime();
            Platform.runLater(ran::countDown);
            try {
                ran.await();
                longestNanos.accumulateAndGet(System.nanoTime() - posted, Math::max);
                Thread.sleep(5);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** The longest stall since the last call, in milliseconds; starts a new period. */
    double takeLongestMs() {
        return longestNanos.getAndSet(0) / 1e6;
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }
}

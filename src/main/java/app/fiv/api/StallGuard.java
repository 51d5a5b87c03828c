package app.fiv.api;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Ends a download whose server has gone silent. The HTTP client's own timeout stops at the
 * response headers; a server or proxy that stalls half-way through the body would otherwise keep
 * a fetch waiting for ever. Only time spent blocked in a read counts, so a slow consumer (a sink
 * writing to a slow disk) never trips it.
 */
final class StallGuard extends FilterInputStream {
    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "fiv-stall-guard");
        thread.setDaemon(true);
        return thread;
    });
    private static final long NOT_WAITING = Long.MIN_VALUE;

    private final Duration limit;
    private final ScheduledFuture<?> check;
    private volatile long waitingSince = NOT_WAITING;
    private volatile boolean tripped;

    StallGuard(InputStream in, Duration limit) {
        super(in);
        this.limit = limit;
        long period = Math.max(20, Math.min(1_000, limit.toMillis() / 4));
        this.check = TIMER.scheduleAtFixedRate(this::check, period, period, TimeUnit.MILLISECONDS);
    }

    private void check() {
        long since = waitingSince;
        if (since != NOT_WAITING && System.nanoTime() - since > limit.toNanos()) {
            tripped = true;
            check.cancel(false);
            try {
                // Closing the body is what wakes the thread blocked in read().
                in.close();
            } catch (IOException ignored) {
                // The read fails either way, which is all that is wanted.
            }
        }
    }

    @Override
    public int read() throws IOException {
        waitingSince = System.nanoTime();
        try {
            int b = super.read();
            failIfTripped(null);
            return b;
        } catch (IOException e) {
            failIfTripped(e);
            throw e;
        } finally {
            waitingSince = NOT_WAITING;
        }
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        waitingSince = System.nanoTime();
        try {
            int n = super.read(buffer, offset, length);
            failIfTripped(null);
            return n;
        } catch (IOException e) {
            failIfTripped(e);
            throw e;
        } finally {
            waitingSince = NOT_WAITING;
        }
    }

    private void failIfTripped(IOException cause) throws StalledException {
        if (tripped) {
            throw new StalledException(limit, cause);
        }
    }

    @Override
    public void close() throws IOException {
        check.cancel(false);
        super.close();
    }

    /** The server sent nothing for longer than the stall timeout. */
    static final class StalledException extends IOException {
        private final Duration limit;

        StalledException(Duration limit, IOException cause) {
            super("nothing arrived for " + limit.toSeconds() + " s", cause);
            this.limit = limit;
        }

        Duration limit() {
            return limit;
        }
    }
}

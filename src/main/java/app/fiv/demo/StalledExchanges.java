package app.fiv.demo;

import com.sun.net.httpserver.HttpExchange;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The exchanges one server keeps open for {@link StallingResponse}s. Each is closed when the
 * server closes, or when it has been held for the limit, whichever comes first; closing it then
 * ends the connection (short of its announced length, if a body had begun).
 *
 * <p>A client that gives up is not noticed earlier: the JDK's server gives a handler no access
 * to the socket, and a hang-up shows only when writing, which a stall must not do.
 */
final class StalledExchanges implements AutoCloseable {

    /** Long enough for any client's time-out to fire first; short enough that forgotten stalls go away. */
    static final Duration DEFAULT_LIMIT = Duration.ofMinutes(5);

    private final Duration limit;
    private final Set<HttpExchange> held = ConcurrentHashMap.newKeySet();
    private final ScheduledThreadPoolExecutor timer;
    private volatile boolean closed;

    StalledExchanges(Duration limit) {
        this.limit = limit;
        // One thread for all stalls, started by the first one; releasing an exchange is instant.
        this.timer = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = new Thread(runnable, "demo-commserve-stalls");
            thread.setDaemon(true);
            return thread;
        });
    }

    void hold(HttpExchange exchange) {
        held.add(exchange);
        if (closed) {
            release(exchange); // close() may have run before the add, so it did not see this one
            return;
        }
        try {
            // Not cancelled when the exchange goes earlier: the task then finds nothing to release.
            timer.schedule(() -> release(exchange), limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException closing) {
            release(exchange);
        }
    }

    int size() {
        return held.size();
    }

    private void release(HttpExchange exchange) {
        if (held.remove(exchange)) {
            exchange.close();
        }
    }

    @Override
    public void close() {
        closed = true;
        timer.shutdownNow();
        held.forEach(this::release);
    }
}

package app.fiv.model;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;

/**
 * Hands rows to another sink on a thread of its own, so parsing and writing run side by side (on
 * two cores a million-row export then takes the longer of the two, not their sum). Events keep
 * their order; memory stays bounded by a few batches of rows, whatever the size of the job.
 *
 * <p>A failure of the downstream sink (a full disk) is thrown from the next call made here, so it
 * stops the parser as it did before. {@link #close()} must follow in a {@code finally}: after it
 * the writing thread has ended and touches nothing more, whether the answer was complete or not.
 */
public final class PipedSink implements RowSink, AutoCloseable {
    private static final int BATCH = 512;
    private static final Object END = new Object();
    private static final Object ABORT = new Object();

    private final RowSink downstream;
    private final BlockingQueue<List<Object>> queue = new ArrayBlockingQueue<>(8);
    private final Thread writer;
    private List<Object> batch = new ArrayList<>(BATCH);
    private volatile RuntimeException failure;
    private boolean closed;

    public PipedSink(RowSink downstream, String threadName) {
        this.downstream = downstream;
        this.writer = new Thread(this::drain, threadName);
        writer.setDaemon(true);
        writer.start();
    }

    private record Columns(int first, List<String> names) {
    }

    private record Begin(Shape shape) {
    }

    @Override
    public void begin(Shape shape) {
        add(new Begin(shape));
    }

    @Override
    public void columns(int first, List<String> names) {
        add(new Columns(first, names));
    }

    @Override
    public void row(String[] cells) {
        add(cells);
    }

    /** Waits until the downstream sink has had every row and its own {@code end()}; rethrows its failure. */
    @Override
    public void end() {
        add(END);
        flush();
        join();
        closed = true;
        rethrow();
    }

    /** Stops the writing thread if {@link #end()} did not, and waits for it. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        batch = new ArrayList<>(1);
        batch.add(ABORT);
        queue.clear();
        putQuietly(batch);
        join();
    }

    private void add(Object event) {
        rethrow();
        batch.add(event);
        if (batch.size() >= BATCH) {
            flush();
        }
    }

    private void flush() {
        if (batch.isEmpty()) {
            return;
        }
        List<Object> full = batch;
        batch = new ArrayList<>(BATCH);
        while (true) {
            rethrow();
            try {
                if (queue.offer(full, 50, java.util.concurrent.TimeUnit.MILLISECONDS)) {
                    return;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancellationException("interrupted");
            }
        }
    }

    private void drain() {
        try {
            while (true) {
                for (Object event : queue.take()) {
                    if (event == ABORT) {
                        return;
                    }
                    if (failure == null) {
                        // After a failure, batches are still taken so the parser is never left blocked.
                        try {
                            deliver(event);
                        } catch (RuntimeException e) {
                            failure = e;
                        }
                    }
                    if (event == END) {
                        return;
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void deliver(Object event) {
        if (event instanceof String[] cells) {
            downstream.row(cells);
        } else if (event instanceof Columns columns) {
            downstream.columns(columns.first(), columns.names());
        } else if (event instanceof Begin begin) {
            downstream.begin(begin.shape());
        } else if (event == END) {
            downstream.end();
        }
    }

    private void putQuietly(List<Object> last) {
        boolean interrupted = false;
        while (true) {
            try {
                queue.put(last);
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void join() {
        boolean interrupted = false;
        while (writer.isAlive()) {
            try {
                writer.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void rethrow() {
        RuntimeException failed = failure;
        if (failed instanceof UncheckedIOException io) {
            throw new UncheckedIOException(io.getMessage(), io.getCause());
        }
        if (failed != null) {
            throw failed;
        }
    }
}

package app.fiv.jobs;

import app.fiv.api.JobSummary;
import app.fiv.model.FailedItemsTable;
import app.fiv.model.RowSink;
import app.fiv.model.Shape;
import app.fiv.model.TableBuilder;
import java.time.Duration;
import java.util.List;

/** Builds a job's table while it downloads, and hands its rows so far to the progress now and then. */
final class ProgressiveTable implements RowSink {
    private final TableBuilder builder = new TableBuilder();
    private final JobSummary summary;
    private final FetchProgress progress;
    private final long started;
    private long bytes;
    private long lastPublished;

    ProgressiveTable(JobSummary summary, FetchProgress progress, long started) {
        this.summary = summary;
        this.progress = progress;
        this.started = started;
        // The first rows show soon after the first bytes; from then on every quarter second.
        this.lastPublished = System.nanoTime() - JobFetcher.PUBLISH_EVERY_NANOS + JobFetcher.FIRST_ROWS_AFTER_NANOS;
    }

    void bytesReceived(long total) {
        bytes = total;
        progress.received(total, builder.rowCount());
    }

    long bytes() {
        return bytes;
    }

    FailedItemsTable build() {
        return builder.build();
    }

    @Override
    public void begin(Shape shape) {
        builder.begin(shape);
    }

    @Override
    public void columns(int first, List<String> names) {
        builder.columns(first, names);
    }

    @Override
    public void row(String[] cells) {
        builder.row(cells);
        if ((builder.rowCount() & 63) == 0 && System.nanoTime() - lastPublished >= JobFetcher.PUBLISH_EVERY_NANOS) {
            lastPublished = System.nanoTime();
            progress.rowsSoFar(new LoadedJob(summary, builder.snapshot(), bytes, Duration.ofNanos(lastPublished - started),
                    false));
        }
    }

    @Override
    public void end() {
        builder.end();
    }
}

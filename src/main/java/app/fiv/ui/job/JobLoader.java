package app.fiv.ui.job;

import app.fiv.api.ApiException;
import app.fiv.api.CommServeClient;
import app.fiv.api.JobSummary;
import app.fiv.api.Session;
import app.fiv.model.TableBuilder;
import app.fiv.session.Clients;
import app.fiv.ui.task.TaskContext;
import java.time.Duration;

/**
 * Fetches a job's summary and then its failed items, parsing them into the row store while the
 * body downloads. On the way it publishes the rows so far ({@link PartialJob}) and says how many
 * rows and bytes have arrived, so the table fills while the download runs.
 */
public final class JobLoader {
    /** How often the rows so far are shown: often enough to look live, rarely enough to cost nothing. */
    static final long PUBLISH_EVERY_NANOS = 250_000_000L;

    private final Clients clients;

    public JobLoader(CommServeClient client) {
        this(Clients.of(client));
    }

    /** Each server's client, with the certificate trust chosen for it. */
    public JobLoader(Clients clients) {
        this.clients = clients;
    }

    /** Runs in the background. */
    public LoadedJob load(Session session, long jobId, TaskContext context) throws ApiException {
        CommServeClient client = clients.forServer(session.webService());
        long started = System.nanoTime();
        context.updateMessage("Looking up job " + jobId + "…");
        JobSummary summary = client.jobSummary(session, jobId, context.cancelSignal());
        context.updateMessage("Downloading the failed items of job " + jobId + "…");
        ProgressiveTable table = new ProgressiveTable(summary, context, started);
        client.failedItems(session, jobId, table, context.cancelSignal(), table::bytesReceived);
        return new LoadedJob(summary, table.builder().build(), table.bytes(), Duration.ofNanos(System.nanoTime() - started));
    }

    /** The rows of a download still running, for showing them before it ends. */
    public record PartialJob(LoadedJob job) {
    }

    /** A table builder that publishes its rows so far now and then, and reports rows and bytes. */
    private static final class ProgressiveTable extends ForwardingSink {
        private final JobSummary summary;
        private final TaskContext context;
        private final long started;
        private long bytes;
        private long lastPublished;

        ProgressiveTable(JobSummary summary, TaskContext context, long started) {
            super(new TableBuilder());
            this.summary = summary;
            this.context = context;
            this.started = started;
            this.lastPublished = System.nanoTime();
        }

        void bytesReceived(long total) {
            bytes = total;
            context.updateMessage("Downloading the failed items of job " + summary.jobId() + "… "
                    + Sizes.bytes(total) + ", " + Sizes.rows(builder().rowCount()));
        }

        long bytes() {
            return bytes;
        }

        @Override
        public void row(String[] cells) {
            super.row(cells);
            if ((builder().rowCount() & 63) == 0 && System.nanoTime() - lastPublished >= PUBLISH_EVERY_NANOS) {
                lastPublished = System.nanoTime();
                context.publish(new PartialJob(new LoadedJob(summary, builder().snapshot(), bytes,
                        Duration.ofNanos(lastPublished - started))));
            }
        }
    }
}

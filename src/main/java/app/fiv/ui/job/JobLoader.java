package app.fiv.ui.job;

import app.fiv.api.ApiException;
import app.fiv.api.CommServeClient;
import app.fiv.api.JobSummary;
import app.fiv.api.Session;
import app.fiv.model.FailedItemsTable;
import app.fiv.session.Clients;
import app.fiv.ui.task.TaskContext;
import java.time.Duration;

/** Fetches a job's summary and then its failed items, saying how far the download has got. */
public final class JobLoader {
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
        long[] received = new long[1];
        FailedItemsTable items = client.failedItems(session, jobId, context.cancelSignal(), bytes -> {
            received[0] = bytes;
            context.updateMessage("Downloading the failed items of job " + jobId + "… " + Sizes.bytes(bytes));
        });
        return new LoadedJob(summary, items, received[0], Duration.ofNanos(System.nanoTime() - started));
    }
}

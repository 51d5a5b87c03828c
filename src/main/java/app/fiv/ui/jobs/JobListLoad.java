package app.fiv.ui.jobs;

import app.fiv.api.JobListQuery;
import app.fiv.api.Session;
import app.fiv.joblist.JobLister;
import app.fiv.joblist.JobListing;
import app.fiv.joblist.Lookback;
import app.fiv.session.SessionKeeper;
import app.fiv.ui.task.BackgroundTask;
import app.fiv.ui.task.TaskExecutor;
import app.fiv.ui.task.TaskHandle;
import java.net.URI;
import java.time.ZoneId;
import java.util.List;

/**
 * One listing of a CommServe's jobs in the background: every page, then the rows made for the
 * table, all off the FX thread. It reports only while it is the current one, so a listing that
 * was overtaken or cancelled changes nothing.
 */
final class JobListLoad {
    /** Where a listing reports; told only while the listing is the current one. */
    interface Reports {
        boolean isCurrent(JobListLoad load);

        void progress(String message, double fraction);

        void finished(JobListLoad load, Loaded loaded);

        void failed(JobListLoad load, Throwable failure);

        void cancelled(JobListLoad load);
    }

    /** A whole listing, its rows, and its clients' names (A to Z, ignoring case). */
    record Loaded(JobListing listing, List<JobRow> rows, Lookback lookback, List<String> clients) {
    }

    private final SessionKeeper keeper;
    private final URI server;
    private final Lookback lookback;
    private final JobListQuery query;
    private final boolean afterLogin;
    private TaskHandle handle;

    /** @param afterLogin the admin has just logged in again for this listing: another refusal is only shown */
    JobListLoad(SessionKeeper keeper, Lookback lookback, boolean allTypes, boolean afterLogin) {
        this.keeper = keeper;
        this.server = keeper.current().webService();
        this.lookback = lookback;
        this.query = new JobListQuery(lookback.seconds(), allTypes, java.util.OptionalLong.empty());
        this.afterLogin = afterLogin;
    }

    void start(JobLister lister, ZoneId zone, TaskExecutor executor, Reports reports) {
        JobListLoad load = this;
        handle = BackgroundTask.wrap(context -> {
            JobListing listing = lister.list(keeper, query, (listed, total) -> {
                context.updateMessage(JobsText.progress(listed, total));
                if (total > 0) {
                    context.updateProgress(Math.min(listed, total), total);
                }
            }, context.cancelSignal());
            List<JobRow> rows = listing.jobs().stream().map(job -> JobRow.of(job, zone)).toList();
            return new Loaded(listing, rows, lookback, JobsText.clientNames(rows, ""));
        }).onMessage(message -> {
            if (reports.isCurrent(load)) {
                reports.progress(message, -1);
            }
        }).onProgress(fraction -> {
            if (reports.isCurrent(load)) {
                reports.progress(null, fraction);
            }
        }).onSuccess(loaded -> {
            if (reports.isCurrent(load)) {
                reports.finished(load, loaded);
            }
        }).onFailure(failure -> {
            if (reports.isCurrent(load)) {
                reports.failed(load, failure);
            }
        }).onCancelled(() -> {
            if (reports.isCurrent(load)) {
                reports.cancelled(load);
            }
        }).executeWith(executor);
    }

    void cancel() {
        if (handle != null && !handle.isDone()) {
            handle.cancel();
        }
    }

    URI server() {
        return server;
    }

    /** The session the listing used, as it is now (renewed, if it was). */
    Session session() {
        return keeper.current();
    }

    boolean afterLogin() {
        return afterLogin;
    }
}

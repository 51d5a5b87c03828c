package app.fiv.ui.main;

import app.fiv.api.Session;
import app.fiv.jobs.JobFetcher;
import app.fiv.jobs.LoadedJob;
import app.fiv.session.SessionKeeper;
import app.fiv.ui.job.FetchMessages;
import app.fiv.ui.tabs.JobTab;
import app.fiv.ui.task.BackgroundTask;
import app.fiv.ui.task.TaskExecutor;
import app.fiv.ui.task.TaskHandle;
import java.net.URI;

/**
 * One fetch of a job in the background, and the tab it opens for a new job's rows so far. A
 * fetch that ends in any way but success takes that tab with it; a refresh never touches the tab
 * until its rows are complete.
 */
final class RunningFetch {
    /** Where a fetch reports; told only while the fetch is the current one. */
    interface Reports {
        boolean isCurrent(RunningFetch fetch);

        void progress(String message);

        void finished(RunningFetch fetch, LoadedJob loaded);

        void failed(RunningFetch fetch, Throwable failure);

        void cancelled(RunningFetch fetch);
    }

    private final SessionKeeper keeper;
    private final URI server;
    private final long jobId;
    private final boolean afterLogin;
    private final OpenJobTabs tabs;
    private final boolean refresh;
    private TaskHandle handle;
    private JobTab growing;

    /** @param afterLogin the admin has just logged in again for this fetch: another refusal is only shown */
    RunningFetch(SessionKeeper keeper, long jobId, boolean afterLogin, OpenJobTabs tabs) {
        this.keeper = keeper;
        this.server = keeper.current().webService();
        this.jobId = jobId;
        this.afterLogin = afterLogin;
        this.tabs = tabs;
        this.refresh = tabs.find(server, jobId).isPresent();
    }

    /** Starts the fetch; its reports may arrive before this returns (with a test's executor). */
    void start(JobFetcher fetcher, TaskExecutor executor, Reports reports) {
        RunningFetch fetch = this;
        handle = BackgroundTask.<LoadedJob, LoadedJob>publishing(context ->
                        fetcher.load(keeper, jobId, new FetchMessages(context), context.cancelSignal()))
                .onMessage(message -> {
                    if (reports.isCurrent(fetch)) {
                        reports.progress(message);
                    }
                })
                .onPartial(partial -> {
                    if (reports.isCurrent(fetch) && !fetch.refresh) {
                        fetch.growing = tabs.showPartial(server, partial, fetch.growing);
                    }
                })
                .onSuccess(loaded -> {
                    if (reports.isCurrent(fetch)) {
                        reports.finished(fetch, loaded);
                    } else {
                        tabs.dropPartial(fetch.growing); // superseded: as with a cancel
                    }
                })
                .onFailure(failure -> {
                    tabs.dropPartial(fetch.growing);
                    if (reports.isCurrent(fetch)) {
                        reports.failed(fetch, failure);
                    }
                })
                .onCancelled(() -> {
                    tabs.dropPartial(fetch.growing);
                    if (reports.isCurrent(fetch)) {
                        reports.cancelled(fetch);
                    }
                })
                .executeWith(executor);
    }

    void cancel() {
        if (handle != null && !handle.isDone()) {
            handle.cancel();
        }
    }

    boolean isFor(JobTab tab) {
        return tab.shows(server, jobId);
    }

    /** The session the fetch used, as it is now (renewed, if it was). */
    Session session() {
        return keeper.current();
    }

    URI server() {
        return server;
    }

    long jobId() {
        return jobId;
    }

    boolean afterLogin() {
        return afterLogin;
    }
}

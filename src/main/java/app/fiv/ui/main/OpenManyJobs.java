package app.fiv.ui.main;

import app.fiv.api.ApiException;
import app.fiv.api.JobSummary;
import app.fiv.multijob.JobRequest;
import app.fiv.multijob.JobSource;
import app.fiv.multijob.ManyJobsProgress;
import app.fiv.multijob.ManyJobsTable;
import app.fiv.multijob.MultiJobFetcher;
import app.fiv.session.SessionKeeper;
import app.fiv.ui.common.ErrorMessages;
import app.fiv.ui.common.StatusMessages;
import app.fiv.ui.job.Sizes;
import app.fiv.ui.session.SessionViewModel;
import app.fiv.ui.tabs.JobTab;
import app.fiv.ui.tabs.TabServices;
import app.fiv.ui.task.BackgroundTask;
import app.fiv.ui.task.TaskContext;
import app.fiv.ui.task.TaskExecutor;
import app.fiv.ui.task.TaskHandle;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.ListChangeListener;

/**
 * The jobs view's Open failed items of N jobs: one tab with every item of those jobs, fetched at
 * most four at a time, its rows shown while they arrive. F5 fetches them all again (the tab keeps
 * its rows until the new ones are complete); Retry fetches only the jobs that could not be read
 * and adds their rows. One such fetch runs at a time; a tab closed stops its fetch.
 */
final class OpenManyJobs {
    private final SessionViewModel session;
    private final OpenJobTabs tabs;
    private final TabServices services;
    private final TaskExecutor executor;
    private final StatusMessages notices;
    private final Function<SessionKeeper, JobSource> sources;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private Run running;

    /** The fetch that runs, and its tab; only the current one changes anything. */
    private static final class Run {
        final JobTab tab;
        TaskHandle handle;

        Run(JobTab tab) {
            this.tab = tab;
        }
    }

    OpenManyJobs(SessionViewModel session, OpenJobTabs tabs, TabServices services, TaskExecutor executor,
                 StatusMessages notices, Function<SessionKeeper, JobSource> sources) {
        this.session = session;
        this.tabs = tabs;
        this.services = services;
        this.executor = executor;
        this.notices = notices;
        this.sources = sources;
        tabs.list().addListener((ListChangeListener<JobTab>) change -> {
            while (change.next()) {
                if (running != null && change.getRemoved().contains(running.tab)) {
                    cancel();
                }
            }
        });
    }

    /** Opens a new tab of these jobs, in their order, and fetches them into it. */
    void open(List<JobSummary> jobs) {
        Optional<SessionKeeper> keeper = keeper();
        if (keeper.isEmpty() || jobs.isEmpty()) {
            return;
        }
        List<JobRequest> asked = jobs.stream().map(JobRequest::of).toList();
        JobTab tab = JobTab.manyJobs(keeper.get().current().webService(), ManyJobsTable.empty(asked), services);
        tab.many().actions(() -> retry(tab), this::cancel);
        tabs.open(tab);
        fetch(keeper.get(), tab, asked, Mode.OPEN);
    }

    /** F5 on a tab of many jobs: all of them again; the rows shown stay until the new ones are complete. */
    void refresh(JobTab tab) {
        keeper().ifPresent(keeper -> fetch(keeper, tab, tab.many().stateProperty().get().asked(), Mode.REFRESH));
    }

    /** Only the jobs that could not be read, their rows added after the others'. */
    void retry(JobTab tab) {
        List<JobRequest> failed = tab.many().stateProperty().get().failedRequests();
        if (!failed.isEmpty()) {
            keeper().ifPresent(keeper -> fetch(keeper, tab, failed, Mode.RETRY));
        }
    }

    void cancel() {
        if (running != null && running.handle != null && !running.handle.isDone()) {
            running.handle.cancel();
        }
    }

    ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    private enum Mode { OPEN, REFRESH, RETRY }

    private void fetch(SessionKeeper keeper, JobTab tab, List<JobRequest> jobs, Mode mode) {
        cancel();
        if (!keeper.current().webService().equals(tab.server())) {
            notices.error("These jobs came from " + tab.server().getHost() + "; log in to that CommServe again to fetch them.");
            return;
        }
        ManyJobsTable before = tab.many().stateProperty().get();
        MultiJobFetcher fetcher = new MultiJobFetcher(sources.apply(keeper));
        notices.dismissError();
        notices.status("Reading " + count(jobs.size()) + "…");
        busy.set(true);
        tab.many().runningProperty().set(true);
        Run run = new Run(tab);
        running = run;
        run.handle = BackgroundTask.<ManyJobsTable, ManyJobsTable>publishing(context ->
                        fetcher.load(jobs, progress(context, jobs.size()), context.cancelSignal()))
                .onMessage(message -> {
                    if (running == run) {
                        notices.status(message);
                    }
                })
                .onPartial(partial -> {
                    if (running == run && mode != Mode.REFRESH && tabs.list().contains(tab)) {
                        tab.update(mode == Mode.RETRY ? before.plus(partial) : partial);
                    }
                })
                .onSuccess(loaded -> {
                    if (!ended(run)) {
                        return;
                    }
                    ManyJobsTable shown = mode == Mode.RETRY ? before.plus(loaded) : loaded;
                    if (tabs.list().contains(tab)) {
                        tab.update(shown);
                    }
                    notices.status("Read " + Sizes.count(loaded.parts().size()) + " of " + count(jobs.size()) + ", "
                            + Sizes.count(loaded.table().rowCount()) + " failed items (" + Sizes.bytes(loaded.bytes())
                            + " in " + Sizes.seconds(loaded.elapsed()) + ")"
                            + (loaded.failed().isEmpty() ? "." : "; " + loaded.failed().size() + " could not be read."));
                })
                .onFailure(failure -> {
                    if (!ended(run)) {
                        return;
                    }
                    stopped(tab, mode, before);
                    notices.status("Reading " + count(jobs.size()) + " failed.");
                    notices.error(failure instanceof ApiException api && api.isSessionRejected()
                            ? api.getMessage() + " Log in again, then press F5 to fetch the jobs."
                            : ErrorMessages.of(failure));
                })
                .onCancelled(() -> {
                    if (!ended(run)) {
                        if (running == null || running.tab != tab) {
                            stopped(tab, mode, before); // superseded by a fetch for another tab
                        }
                        return;
                    }
                    stopped(tab, mode, before);
                    notices.status("Reading " + count(jobs.size()) + " cancelled.");
                })
                .executeWith(executor);
    }

    /** A first fetch that stopped takes its tab with it, as a job's does; a refresh or retry leaves the tab as it was. */
    private void stopped(JobTab tab, Mode mode, ManyJobsTable before) {
        if (mode == Mode.OPEN) {
            tabs.dropPartial(tab);
        } else if (tabs.list().contains(tab)) {
            tab.update(before);
        }
    }

    /** The fetch has ended; false when a newer one had replaced it (which then runs on). */
    private boolean ended(Run run) {
        if (running == run || running == null || running.tab != run.tab) {
            run.tab.many().runningProperty().set(false);
        }
        if (running != run) {
            return false;
        }
        running = null;
        busy.set(false);
        return true;
    }

    private static ManyJobsProgress progress(TaskContext<ManyJobsTable> context, int total) {
        return new ManyJobsProgress() {
            @Override
            public void jobsRead(int read, int failed, int all, long rows) {
                context.updateMessage(Sizes.count(read) + " of " + count(total) + " read" + (failed == 0 ? "" : ", "
                        + failed + " could not be") + ", " + Sizes.rows(rows) + "…");
            }

            @Override
            public void rowsSoFar(ManyJobsTable partial) {
                context.publish(partial);
            }
        };
    }

    private Optional<SessionKeeper> keeper() {
        Optional<SessionKeeper> keeper = session.keeper();
        if (keeper.isEmpty()) {
            notices.error("Log in first: no CommServe session is open.");
        }
        return keeper;
    }

    private static String count(int jobs) {
        return Sizes.count(jobs) + (jobs == 1 ? " job" : " jobs");
    }
}

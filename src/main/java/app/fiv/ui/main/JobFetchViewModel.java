package app.fiv.ui.main;

import app.fiv.api.ApiException;
import app.fiv.api.JobId;
import app.fiv.api.Session;
import app.fiv.jobs.JobFetcher;
import app.fiv.jobs.LoadedJob;
import app.fiv.session.SessionKeeper;
import app.fiv.settings.KnownServer;
import app.fiv.ui.common.ErrorMessages;
import app.fiv.ui.common.StatusMessages;
import app.fiv.ui.job.Sizes;
import app.fiv.ui.session.LoginOutcome;
import app.fiv.ui.session.SessionViewModel;
import app.fiv.ui.tabs.JobTab;
import app.fiv.ui.task.TaskExecutor;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The job search and its one background fetch. A new job's tab opens with the first rows and
 * fills while they arrive; an open job's tab keeps its rows until a refresh is complete, so a
 * failed or cancelled fetch never empties it. A fetch refused for an expired session asks for a
 * login and runs once more after it.
 */
public final class JobFetchViewModel {
    private static final System.Logger LOG = System.getLogger(JobFetchViewModel.class.getName());
    private static final String NOT_LOGGED_IN = "Log in first";

    private final JobFetcher fetcher;
    private final SessionViewModel session;
    private final OpenJobTabs tabs;
    private final RecentJobs recentJobs;
    private final TaskExecutor executor;
    private final StatusMessages notices;
    private final StringProperty jobIdText = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<List<String>> recentJobIds = new ReadOnlyObjectWrapper<>(List.of());
    private RunningFetch running;
    private final RunningFetch.Reports reports = new FetchReports();

    JobFetchViewModel(JobFetcher fetcher, SessionViewModel session, OpenJobTabs tabs, RecentJobs recentJobs,
                      TaskExecutor executor, StatusMessages notices) {
        this.fetcher = fetcher;
        this.session = session;
        this.tabs = tabs;
        this.recentJobs = recentJobs;
        this.executor = executor;
        this.notices = notices;
        session.sessionProperty().subscribe(now -> recentJobIds.set(now == null ? List.of() : recentJobs.of(now.webService())));
    }

    /**
     * Fetches the typed job into a new tab; a job already open just gets its tab back (F5 fetches
     * it again). A fetch still running is cancelled in favour of the new one.
     */
    public void search() {
        typedJobId().ifPresent(this::open);
    }

    /** Shows a job: its open tab, else a fetch into a new one. */
    public void open(long jobId) {
        Optional<SessionKeeper> keeper = keeperOrAskFor(jobId);
        if (keeper.isEmpty()) {
            return;
        }
        Optional<JobTab> open = tabs.find(keeper.get().current().webService(), jobId);
        if (open.isPresent()) {
            tabs.selectedProperty().set(open.get());
            notices.dismissError();
            notices.status("Job " + jobId + " is already open. Press F5 or Refresh to fetch it again.");
            return;
        }
        fetch(keeper.get(), jobId, false);
    }

    /** Fetches the job of the selected tab again; the tab keeps its rows until the new ones arrive. */
    public void refresh() {
        JobTab tab = tabs.selectedProperty().get();
        if (tab == null) {
            search();
            return;
        }
        Optional<SessionKeeper> keeper = keeperOrAskFor(tab.jobId());
        if (keeper.isEmpty()) {
            return;
        }
        if (!keeper.get().current().webService().equals(tab.server())) {
            notices.error("Job " + tab.jobId() + " came from " + tab.server().getHost()
                    + "; log in to that CommServe again to refresh it.");
            return;
        }
        fetch(keeper.get(), tab.jobId(), false);
    }

    /** Stops the running fetch; the jobs shown stay. */
    public void cancel() {
        if (running != null) {
            running.cancel();
        }
    }

    /** Closes a tab; a fetch still filling or refreshing it stops, so it cannot bring the tab back. */
    public void closeTab(JobTab tab) {
        if (running != null && running.isFor(tab)) {
            cancel();
        }
        tabs.close(tab);
    }

    public void closeSelectedTab() {
        JobTab selected = tabs.selectedProperty().get();
        if (selected != null) {
            closeTab(selected);
        }
    }

    private Optional<Long> typedJobId() {
        try {
            long jobId = JobId.parse(jobIdText.get());
            jobIdText.set(Long.toString(jobId));
            return Optional.of(jobId);
        } catch (ApiException e) {
            notices.error(e.getMessage());
            return Optional.empty();
        }
    }

    private Optional<SessionKeeper> keeperOrAskFor(long jobId) {
        Optional<SessionKeeper> keeper = session.keeper();
        if (keeper.isEmpty()) {
            notices.error(NOT_LOGGED_IN + ": no CommServe session is open.");
            session.requestLogin("Log in to fetch job " + jobId + ".", Optional.empty(), LoginOutcome.onLogin(fresh -> {
                if (notices.errorProperty().get().startsWith(NOT_LOGGED_IN)) {
                    notices.dismissError();
                }
            }));
        }
        return keeper;
    }

    private void fetch(SessionKeeper keeper, long jobId, boolean afterLogin) {
        cancel();
        busy.set(true);
        notices.dismissError();
        notices.status("Fetching job " + jobId + "…");
        running = new RunningFetch(keeper, jobId, afterLogin, tabs);
        running.start(fetcher, executor, reports);
    }

    /** Forgets the running fetch, which can then change nothing: before logging out. */
    void stop() {
        cancel();
        running = null;
        busy.set(false);
    }

    /** What the running fetch tells; only the current one is listened to. */
    private final class FetchReports implements RunningFetch.Reports {
        @Override
        public boolean isCurrent(RunningFetch fetch) {
            return running == fetch;
        }

        @Override
        public void progress(String message) {
            notices.status(message);
        }

        @Override
        public void cancelled(RunningFetch fetch) {
            busy.set(false);
            notices.status("Fetch of job " + fetch.jobId() + " cancelled.");
        }

        @Override
        public void finished(RunningFetch fetch, LoadedJob loaded) {
            busy.set(false);
            tabs.show(fetch.server(), loaded);
            recentJobIds.set(recentJobs.add(fetch.server(), loaded.jobId()));
            notices.status("Fetched " + Sizes.count(loaded.items().rowCount()) + " failed items of job " + loaded.jobId()
                    + " (" + Sizes.bytes(loaded.bytes()) + " in " + Sizes.seconds(loaded.elapsed()) + ").");
        }

        @Override
        public void failed(RunningFetch fetch, Throwable failure) {
            busy.set(false);
            notices.status("Fetch of job " + fetch.jobId() + " failed.");
            explain(fetch.session(), fetch, failure);
        }
    }

    /**
     * An expired session that could not be renewed asks for the password (the login dialog, with
     * server and user filled in) and the fetch runs once more after the login; a refusal after
     * that is only shown, so it never loops.
     */
    private void explain(Session used, RunningFetch fetch, Throwable failure) {
        long jobId = fetch.jobId();
        // The log gets the whole story (causes included); the redacting log formatter is the safety net.
        String kind = failure instanceof ApiException api ? api.kind().name() : failure.getClass().getSimpleName();
        LOG.log(System.Logger.Level.INFO, "The fetch of job " + jobId + " from " + used.webService().getHost() + " as "
                + used.userName() + " failed (" + kind + ")", failure);
        if (failure instanceof ApiException api && !fetch.afterLogin()
                && (api.isSessionRejected() || api.untrustedCertificate().isPresent())) {
            // A changed certificate is decided in the login dialog, which shows it and asks.
            String reason = !api.isSessionRejected() ? api.getMessage() + " Log in again to check the certificate."
                    : used.usesAccessToken() ? api.getMessage() + " Then paste the new pair here to fetch job " + jobId + "."
                    : "Your session on " + used.webService().getHost()
                    + " has expired and could not be renewed. Log in again to fetch job " + jobId + ".";
            notices.error(reason);
            KnownServer login = new KnownServer(used.webService().toString(), used.userName());
            session.requestLogin(reason, Optional.of(login), LoginOutcome.onLogin(fresh -> {
                if (fresh.webService().toString().equals(login.server()) && fresh.userName().equalsIgnoreCase(login.user())) {
                    session.keeper().ifPresent(keeper -> fetch(keeper, jobId, true));
                }
            }));
            return;
        }
        notices.error(ErrorMessages.of(failure));
    }

    public StringProperty jobIdTextProperty() {
        return jobIdText;
    }

    /** True while a fetch runs. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Job IDs fetched recently from the server logged in to, newest first. */
    public ReadOnlyObjectProperty<List<String>> recentJobIdsProperty() {
        return recentJobIds.getReadOnlyProperty();
    }
}

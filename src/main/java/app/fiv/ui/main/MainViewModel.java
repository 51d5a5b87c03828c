package app.fiv.ui.main;

import app.fiv.api.ApiException;
import app.fiv.api.JobId;
import app.fiv.api.Session;
import app.fiv.session.SessionStore;
import app.fiv.settings.AppSettings;
import app.fiv.settings.KnownServer;
import app.fiv.ui.common.ClipboardService;
import app.fiv.ui.common.DialogService;
import app.fiv.ui.common.ErrorMessages;
import app.fiv.ui.common.Notices;
import app.fiv.ui.export.ExportSettings;
import app.fiv.ui.export.ExportViewModel;
import app.fiv.ui.job.JobLoader;
import app.fiv.ui.job.LoadedJob;
import app.fiv.ui.job.Sizes;
import app.fiv.ui.tabs.JobTab;
import app.fiv.ui.tabs.TabServices;
import app.fiv.ui.task.BackgroundTask;
import app.fiv.ui.task.TaskExecutor;
import app.fiv.ui.task.TaskHandle;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;

/**
 * The main window's state: who is logged in, the job search and its background fetch, the open
 * job tabs, and the messages of the status bar and the error banner. A failed fetch never
 * replaces a job already shown; fetching an open job switches to its tab.
 */
public final class MainViewModel implements Notices {
    private static final String NOT_LOGGED_IN = "Log in first";

    private final JobLoader loader;
    private final SessionStore sessions;
    private final TaskExecutor executor;
    private final RecentJobs recentJobs;
    private final ExportSettings exportSettings;
    private final ExportViewModel exporter;
    private final OpenJobTabs tabs;

    private final ObjectProperty<Session> session = new SimpleObjectProperty<>();
    private final StringProperty jobIdText = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<List<String>> recentJobIds = new ReadOnlyObjectWrapper<>(List.of());
    private final StringBinding connection;
    private final StringProperty welcomeHint = new SimpleStringProperty("");

    private Consumer<String> onLoginNeeded = reason -> { };
    private TaskHandle running;
    private long fetchGeneration;
    private Relogin relogin;

    /** A fetch refused for an expired session, retried once after the admin has logged in again. */
    private record Relogin(KnownServer login, long jobId) {
    }

    public MainViewModel(JobLoader loader, SessionStore sessions, TaskExecutor executor, AppSettings settings,
                         ClipboardService clipboard, DialogService dialogs) {
        this.loader = loader;
        this.sessions = sessions;
        this.executor = executor;
        this.recentJobs = new RecentJobs(settings);
        this.exportSettings = new ExportSettings(settings);
        this.exporter = new ExportViewModel(dialogs, exportSettings, executor, this);
        this.tabs = new OpenJobTabs(new TabServices(executor, clipboard, exporter, exportSettings, this));
        connection = Bindings.createStringBinding(() -> session.get() == null ? "Not logged in"
                : session.get().userName() + " @ " + session.get().webService().getHost()
                + portSuffix(session.get()), session);
        session.addListener((p, old, now) -> {
            if (now != null && error.get().startsWith(NOT_LOGGED_IN)) {
                error.set("");
            }
            recentJobIds.set(now == null ? List.of() : recentJobs.of(now.webService()));
            retryAfterLogin(old, now);
        });
    }

    /** Called with the reason when the admin has to log in (again) before going on. */
    public void setOnLoginNeeded(Consumer<String> callback) {
        this.onLoginNeeded = callback;
    }

    /** Reopens the saved session if the server still accepts it, else asks for a login. */
    public void restoreSession() {
        busy.set(true);
        status.set("Checking the saved session…");
        BackgroundTask.wrap(context -> sessions.restore(context.cancelSignal()))
                .onSuccess(outcome -> {
                    busy.set(false);
                    status.set("");
                    outcome.session().ifPresentOrElse(restored -> {
                        session.set(restored);
                        status.set("Logged in as " + restored.userName() + " (saved session).");
                    }, () -> onLoginNeeded.accept(outcome.problem().orElse("")));
                })
                .onFailure(failure -> {
                    busy.set(false);
                    status.set("");
                    onLoginNeeded.accept(ErrorMessages.of(failure));
                })
                .onCancelled(() -> busy.set(false))
                .executeWith(executor);
    }

    /**
     * Fetches the typed job into a new tab; a job already open just gets its tab back (F5 fetches
     * it again). A fetch still running is cancelled in favour of the new one.
     */
    public void search() {
        Optional<Long> jobId = typedJobId();
        Session current = jobId.isPresent() ? sessionOrAskFor(jobId.get()) : null;
        if (current == null) {
            return;
        }
        Optional<JobTab> open = tabs.find(current.webService(), jobId.get());
        if (open.isPresent()) {
            tabs.selectedProperty().set(open.get());
            error.set("");
            status.set("Job " + jobId.get() + " is already open. Press F5 or Refresh to fetch it again.");
            return;
        }
        fetch(current, jobId.get(), false);
    }

    /**
     * Logs out: the window forgets the session and closes its jobs at once, then the saved token
     * is deleted and the CommServe told in the background.
     */
    public void logOut() {
        Session current = session.get();
        if (current == null) {
            return;
        }
        cancel();
        fetchGeneration++; // a fetch that finishes anyway must not bring a job back
        busy.set(false);
        relogin = null;
        session.set(null);
        tabs.clear();
        error.set("");
        status.set("Logging out of " + current.webService().getHost() + "…");
        BackgroundTask.wrap(context -> sessions.logOut(current, context.cancelSignal()))
                .onSuccess(problem -> {
                    status.set("Logged out of " + current.webService().getHost() + ".");
                    problem.ifPresent(error::set);
                })
                .onFailure(failure -> error.set(ErrorMessages.of(failure)))
                .executeWith(executor);
    }

    /** The server and user to fill into the login dialog: those of a session that has to be renewed. */
    public Optional<KnownServer> reloginTarget() {
        return Optional.ofNullable(relogin).map(Relogin::login);
    }

    /** The login dialog was closed without logging in: the refused fetch is not retried later. */
    public void loginAbandoned() {
        relogin = null;
    }

    private void retryAfterLogin(Session old, Session now) {
        Relogin pending = relogin;
        if (now == null || old == now || pending == null) {
            return;
        }
        relogin = null;
        if (now.webService().toString().equals(pending.login().server())
                && now.userName().equalsIgnoreCase(pending.login().user())) {
            fetch(now, pending.jobId(), true);
        }
    }

    /** Fetches the job of the selected tab again; the tab keeps its rows until the new ones arrive. */
    public void refresh() {
        JobTab tab = tabs.selectedProperty().get();
        if (tab == null) {
            search();
            return;
        }
        Session current = sessionOrAskFor(tab.jobId());
        if (current == null) {
            return;
        }
        if (!current.webService().equals(tab.server())) {
            error.set("Job " + tab.jobId() + " came from " + tab.server().getHost()
                    + "; log in to that CommServe again to refresh it.");
            return;
        }
        fetch(current, tab.jobId(), false);
    }

    /** Stops the running fetch; the jobs shown stay. */
    public void cancel() {
        if (running != null && !running.isDone()) {
            running.cancel();
        }
    }

    public void closeTab(JobTab tab) {
        tabs.close(tab);
    }

    public void closeSelectedTab() {
        tabs.closeSelected();
    }

    public void dismissError() {
        error.set("");
    }

    private Optional<Long> typedJobId() {
        try {
            long jobId = JobId.parse(jobIdText.get());
            jobIdText.set(Long.toString(jobId));
            return Optional.of(jobId);
        } catch (ApiException e) {
            error.set(e.getMessage());
            return Optional.empty();
        }
    }

    private Session sessionOrAskFor(long jobId) {
        Session current = session.get();
        if (current == null) {
            error.set(NOT_LOGGED_IN + ": no CommServe session is open.");
            onLoginNeeded.accept("Log in to fetch job " + jobId + ".");
        }
        return current;
    }

    private void fetch(Session current, long jobId, boolean afterLogin) {
        cancel();
        long generation = ++fetchGeneration;
        busy.set(true);
        error.set("");
        status.set("Fetching job " + jobId + "…");
        // A new job's tab opens with the first rows and fills while they arrive; an open tab keeps
        // its rows until the whole refresh is in, so a cancelled or failed refresh changes nothing.
        JobTab[] growing = new JobTab[1];
        boolean refresh = tabs.find(current.webService(), jobId).isPresent();
        running = BackgroundTask.wrap(context -> sessions.withRenewal(current,
                        used -> loader.load(used, jobId, context), context.cancelSignal()))
                .onMessage(message -> {
                    if (generation == fetchGeneration) {
                        status.set(message);
                    }
                })
                .onPartial(JobLoader.PartialJob.class, partial -> {
                    if (generation == fetchGeneration && !refresh) {
                        growing[0] = tabs.showPartial(current.webService(), partial.job(), growing[0]);
                    }
                })
                .onSuccess(result -> {
                    if (result.session() != current && session.get() == current) {
                        session.set(result.session());
                    }
                    if (generation == fetchGeneration) {
                        finished(result.session(), result.value());
                    }
                })
                .onFailure(failure -> {
                    tabs.dropPartial(growing[0]);
                    if (generation == fetchGeneration) {
                        failed(current, jobId, failure, afterLogin);
                    }
                })
                .onCancelled(() -> {
                    tabs.dropPartial(growing[0]);
                    if (generation == fetchGeneration) {
                        busy.set(false);
                        status.set("Fetch of job " + jobId + " cancelled.");
                    }
                })
                .executeWith(executor);
    }

    private void finished(Session from, LoadedJob loaded) {
        busy.set(false);
        tabs.show(from.webService(), loaded);
        recentJobIds.set(recentJobs.add(from.webService(), loaded.jobId()));
        status.set("Fetched " + Sizes.count(loaded.items().rowCount()) + " failed items of job " + loaded.jobId()
                + " (" + Sizes.bytes(loaded.bytes()) + " in " + Sizes.seconds(loaded.elapsed()) + ").");
    }

    /**
     * An expired session that could not be renewed asks for the password (the login dialog, with
     * server and user filled in) and the fetch runs once more after the login; a refusal after
     * that is only shown, so it never loops.
     */
    private void failed(Session used, long jobId, Throwable failure, boolean afterLogin) {
        busy.set(false);
        status.set("Fetch of job " + jobId + " failed.");
        if (failure instanceof ApiException api && !afterLogin
                && (api.isSessionRejected() || api.untrustedCertificate().isPresent())) {
            // A changed certificate is decided in the login dialog, which shows it and asks.
            String reason = api.isSessionRejected() ? "Your session on " + used.webService().getHost()
                    + " has expired and could not be renewed. Log in again to fetch job " + jobId + "."
                    : api.getMessage() + " Log in again to check the certificate.";
            error.set(reason);
            relogin = new Relogin(new KnownServer(used.webService().toString(), used.userName()), jobId);
            onLoginNeeded.accept(reason);
            return;
        }
        error.set(ErrorMessages.of(failure));
    }

    @Override
    public void status(String message) {
        status.set(message);
    }

    @Override
    public void error(String message) {
        error.set(message);
    }

    /** Shows a message in the status bar, e.g. after logging in. */
    public void showStatus(String message) {
        status(message);
    }

    public void showError(String message) {
        error(message);
    }

    private static String portSuffix(Session session) {
        int port = session.webService().getPort();
        return port == -1 ? "" : ":" + port;
    }

    public ObservableList<JobTab> tabs() {
        return tabs.list();
    }

    public ObjectProperty<JobTab> selectedTabProperty() {
        return tabs.selectedProperty();
    }

    public ExportViewModel exporter() {
        return exporter;
    }

    public ExportSettings exportSettings() {
        return exportSettings;
    }

    public ObjectProperty<Session> sessionProperty() {
        return session;
    }

    public StringProperty jobIdTextProperty() {
        return jobIdText;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** The job of the selected tab, or null when no tab is open. */
    public ReadOnlyObjectProperty<LoadedJob> jobProperty() {
        return tabs.jobProperty();
    }

    /** Job IDs fetched recently from the server logged in to, newest first. */
    public ReadOnlyObjectProperty<List<String>> recentJobIdsProperty() {
        return recentJobIds.getReadOnlyProperty();
    }

    /** Extra words for the empty window, e.g. which demo jobs there are. */
    public StringProperty welcomeHintProperty() {
        return welcomeHint;
    }

    public StringBinding connectionBinding() {
        return connection;
    }
}

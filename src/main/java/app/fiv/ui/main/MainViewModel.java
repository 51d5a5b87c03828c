package app.fiv.ui.main;

import app.fiv.api.ApiException;
import app.fiv.api.JobId;
import app.fiv.api.Session;
import app.fiv.session.SessionStore;
import app.fiv.ui.common.ErrorMessages;
import app.fiv.ui.job.JobLoader;
import app.fiv.ui.job.LoadedJob;
import app.fiv.ui.job.Sizes;
import app.fiv.ui.table.TableViewModel;
import app.fiv.ui.task.BackgroundTask;
import app.fiv.ui.task.TaskExecutor;
import app.fiv.ui.task.TaskHandle;
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

/**
 * The main window's state: who is logged in, the job search and its background fetch, the job
 * shown, and the messages of the status bar and the error banner. A failed fetch never replaces
 * the job already shown.
 */
public final class MainViewModel {
    private static final String NOT_LOGGED_IN = "Log in first";

    private final JobLoader loader;
    private final SessionStore sessions;
    private final TaskExecutor executor;
    private final TableViewModel table;

    private final ObjectProperty<Session> session = new SimpleObjectProperty<>();
    private final StringProperty jobIdText = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<LoadedJob> job = new ReadOnlyObjectWrapper<>();
    private final StringBinding connection;
    private final StringProperty welcomeHint = new SimpleStringProperty("");

    private Consumer<String> onLoginNeeded = reason -> { };
    private TaskHandle running;
    private long fetchGeneration;

    public MainViewModel(JobLoader loader, SessionStore sessions, TaskExecutor executor) {
        this.loader = loader;
        this.sessions = sessions;
        this.executor = executor;
        this.table = new TableViewModel(executor);
        connection = Bindings.createStringBinding(() -> session.get() == null ? "Not logged in"
                : session.get().userName() + " @ " + session.get().webService().getHost()
                + portSuffix(session.get()), session);
        session.addListener((p, old, now) -> {
            if (now != null && error.get().startsWith(NOT_LOGGED_IN)) {
                error.set("");
            }
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

    /** Fetches the typed job; a fetch still running is cancelled in favour of the new one. */
    public void search() {
        long jobId;
        try {
            jobId = JobId.parse(jobIdText.get());
        } catch (ApiException e) {
            error.set(e.getMessage());
            return;
        }
        jobIdText.set(Long.toString(jobId));
        Session current = session.get();
        if (current == null) {
            error.set(NOT_LOGGED_IN + ": no CommServe session is open.");
            onLoginNeeded.accept("Log in to fetch job " + jobId + ".");
            return;
        }
        cancel();
        long generation = ++fetchGeneration;
        busy.set(true);
        error.set("");
        status.set("Fetching job " + jobId + "…");
        running = BackgroundTask.wrap(context -> loader.load(current, jobId, context))
                .onMessage(message -> {
                    if (generation == fetchGeneration) {
                        status.set(message);
                    }
                })
                .onSuccess(loaded -> {
                    if (generation == fetchGeneration) {
                        finished(loaded);
                    }
                })
                .onFailure(failure -> {
                    if (generation == fetchGeneration) {
                        failed(jobId, failure);
                    }
                })
                .onCancelled(() -> {
                    if (generation == fetchGeneration) {
                        busy.set(false);
                        status.set("Fetch of job " + jobId + " cancelled.");
                    }
                })
                .executeWith(executor);
    }

    /** Stops the running fetch; the job shown stays. */
    public void cancel() {
        if (running != null && !running.isDone()) {
            running.cancel();
        }
    }

    public void dismissError() {
        error.set("");
    }

    private void finished(LoadedJob loaded) {
        busy.set(false);
        job.set(loaded);
        table.show(loaded.items());
        status.set("Fetched " + Sizes.count(loaded.items().rowCount()) + " failed items of job " + loaded.jobId()
                + " (" + Sizes.bytes(loaded.bytes()) + " in " + Sizes.seconds(loaded.elapsed()) + ").");
    }

    private void failed(long jobId, Throwable failure) {
        busy.set(false);
        status.set("Fetch of job " + jobId + " failed.");
        error.set(ErrorMessages.of(failure));
        if (failure instanceof ApiException api && api.kind() == ApiException.Kind.AUTHENTICATION) {
            onLoginNeeded.accept(api.getMessage());
        }
    }

    /** Shows a message in the status bar, e.g. after logging in. */
    public void showStatus(String message) {
        status.set(message);
    }

    public void showError(String message) {
        error.set(message);
    }

    private static String portSuffix(Session session) {
        int port = session.webService().getPort();
        return port == -1 ? "" : ":" + port;
    }

    public TableViewModel table() {
        return table;
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

    public ReadOnlyObjectProperty<LoadedJob> jobProperty() {
        return job.getReadOnlyProperty();
    }

    /** Extra words for the empty window, e.g. which demo jobs there are. */
    public StringProperty welcomeHintProperty() {
        return welcomeHint;
    }

    public StringBinding connectionBinding() {
        return connection;
    }
}

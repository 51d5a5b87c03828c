package app.fiv.ui.session;

import app.fiv.api.Credential;
import app.fiv.api.Session;
import app.fiv.session.SessionKeeper;
import app.fiv.session.SessionStore;
import app.fiv.settings.KnownServer;
import app.fiv.ui.common.ErrorMessages;
import app.fiv.ui.common.Notices;
import app.fiv.ui.task.BackgroundTask;
import app.fiv.ui.task.TaskExecutor;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * Who is logged in where. A login is a request with a result: the window's login dialog answers
 * it with a session or gives up, and whoever asked is told. The session is read-only outside: it
 * changes by logging in, by a renewed token (which the keeper announces the moment it is issued)
 * and by logging out.
 */
public final class SessionViewModel {
    private final SessionStore sessions;
    private final TaskExecutor executor;
    private final Notices notices;
    private final ReadOnlyObjectWrapper<Session> session = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper checking = new ReadOnlyBooleanWrapper();
    private final StringBinding connection;
    private final List<LoginOutcome> waiting = new ArrayList<>();
    private LoginRequests logins = (reason, prefill, outcome) -> outcome.abandoned();
    /** The one answer every open login gets; it tells all who are waiting. */
    private final LoginOutcome answer = new LoginOutcome() {
        @Override
        public void loggedIn(Session fresh) {
            adopt(fresh, "Logged in as " + fresh.userName() + " on " + fresh.webService() + ".");
            tellWaiting(fresh);
        }

        @Override
        public void abandoned() {
            tellWaiting(null);
        }
    };
    private SessionKeeper keeper;

    public SessionViewModel(SessionStore sessions, TaskExecutor executor, Notices notices) {
        this.sessions = sessions;
        this.executor = executor;
        this.notices = notices;
        connection = Bindings.createStringBinding(() -> describe(session.get()), session);
    }

    /** Where logins are asked for: the window's login dialog. */
    public void setLoginRequests(LoginRequests requests) {
        this.logins = requests;
    }

    /** Reopens the saved session if the server still accepts it, else asks for a login. */
    public void restore() {
        checking.set(true);
        notices.status("Checking the saved session…");
        BackgroundTask.wrap(context -> sessions.restore(context.cancelSignal()))
                .onSuccess(outcome -> {
                    checking.set(false);
                    notices.status("");
                    outcome.session().ifPresentOrElse(restored -> adopt(restored,
                                    "Logged in as " + restored.userName() + " (saved session)."),
                            () -> requestLogin(outcome.problem().orElse(""), Optional.empty(), LoginOutcome.NONE));
                })
                .onFailure(failure -> {
                    checking.set(false);
                    notices.status("");
                    requestLogin(ErrorMessages.of(failure), Optional.empty(), LoginOutcome.NONE);
                })
                .onCancelled(() -> checking.set(false))
                .executeWith(executor);
    }

    /** The admin asked to log in (to this or another CommServe). */
    public void logIn() {
        requestLogin("", Optional.empty(), LoginOutcome.NONE);
    }

    /**
     * Asks for a login; {@code outcome} is told how it ended. While the login dialog is open, more
     * requests join it rather than opening another, and all are told.
     */
    public void requestLogin(String reason, Optional<KnownServer> prefill, LoginOutcome outcome) {
        waiting.add(outcome);
        logins.open(reason, prefill, answer);
    }

    /**
     * Forgets the session here at once and then, in the background, deletes its saved token and
     * tells the CommServe. The caller has already stopped and closed what used the session.
     */
    public void logOut() {
        Session current = session.get();
        if (current == null) {
            return;
        }
        keeper = null;
        session.set(null);
        notices.error("");
        notices.status("Logging out of " + current.webService().getHost() + "…");
        BackgroundTask.wrap(context -> sessions.logOut(current, context.cancelSignal()))
                .onSuccess(problem -> {
                    notices.status("Logged out of " + current.webService().getHost() + "." + (current.usesAccessToken()
                            ? " The access token is forgotten here but still valid: this app cannot revoke it; delete it in "
                            + Credential.AccessToken.whereToManage(current.userName()) + "." : ""));
                    problem.ifPresent(notices::error);
                })
                .onFailure(failure -> notices.error(ErrorMessages.of(failure)))
                .executeWith(executor);
    }

    /** What calls for the current session go through, if one is open. */
    public Optional<SessionKeeper> keeper() {
        return Optional.ofNullable(keeper);
    }

    private void adopt(Session fresh, String status) {
        SessionKeeper adopted = sessions.keep(fresh);
        adopted.onRenewed((old, renewed) -> executor.onUiThread(() -> {
            if (keeper == adopted) {
                session.set(renewed);
            }
        }));
        keeper = adopted;
        session.set(fresh);
        notices.status(status);
    }

    private void tellWaiting(Session fresh) {
        List<LoginOutcome> told = List.copyOf(waiting);
        waiting.clear();
        for (LoginOutcome outcome : told) {
            if (fresh == null) {
                outcome.abandoned();
            } else {
                outcome.loggedIn(fresh);
            }
        }
    }

    private static String describe(Session session) {
        if (session == null) {
            return "Not logged in";
        }
        int port = session.webService().getPort();
        String user = session.userName().isBlank() ? "access token" : session.userName();
        return user + " @ " + session.webService().getHost() + (port == -1 ? "" : ":" + port);
    }

    public ReadOnlyObjectProperty<Session> sessionProperty() {
        return session.getReadOnlyProperty();
    }

    /** True while the saved session is being checked at start-up. */
    public ReadOnlyBooleanProperty checkingProperty() {
        return checking.getReadOnlyProperty();
    }

    /** "demo @ 127.0.0.1:8080", or "Not logged in". */
    public StringBinding connectionBinding() {
        return connection;
    }
}

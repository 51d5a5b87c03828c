package app.fiv.ui.jobs;

import app.fiv.api.ApiException;
import app.fiv.api.Session;
import app.fiv.settings.KnownServer;
import app.fiv.ui.common.ErrorMessages;
import app.fiv.ui.common.StatusMessages;
import app.fiv.ui.session.LoginOutcome;
import app.fiv.ui.session.SessionViewModel;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * How a listing that could not be done is told: in the error banner, with the app's messages. An
 * expired session that could not be renewed (or a changed certificate) asks for a login, with the
 * server and user filled in, and the listing runs once more after it; a refusal after that is only
 * shown, so it never loops. A later listing that succeeds takes its own error away.
 */
final class JobListErrors {
    private static final System.Logger LOG = System.getLogger(JobListErrors.class.getName());
    private static final String NOT_LOGGED_IN = "Log in first";
    private static final String COULD_NOT = "The jobs could not be listed: ";

    private final SessionViewModel session;
    private final StatusMessages notices;
    private final Consumer<Session> retry;

    /** @param retry lists again after a login the listing asked for */
    JobListErrors(SessionViewModel session, StatusMessages notices, Consumer<Session> retry) {
        this.session = session;
        this.notices = notices;
        this.retry = retry;
    }

    void notLoggedIn() {
        notices.error(NOT_LOGGED_IN + ": no CommServe session is open.");
        session.requestLogin("Log in to list the jobs of a CommServe.", Optional.empty(), LoginOutcome.onLogin(fresh -> {
            if (notices.errorProperty().get().startsWith(NOT_LOGGED_IN)) {
                notices.dismissError();
            }
        }));
    }

    /** A listing succeeded: an error the job list caused no longer holds. */
    void listed() {
        String shown = notices.errorProperty().get();
        if (shown.startsWith(COULD_NOT) || shown.startsWith(NOT_LOGGED_IN)) {
            notices.dismissError();
        }
    }

    void failed(JobListLoad load, Throwable failure) {
        Session used = load.session();
        String kind = failure instanceof ApiException api ? api.kind().name() : failure.getClass().getSimpleName();
        LOG.log(System.Logger.Level.INFO, "Listing the jobs of " + used.webService().getHost() + " as "
                + used.userName() + " failed (" + kind + ")", failure);
        if (failure instanceof ApiException api && !load.afterLogin()
                && (api.isSessionRejected() || api.untrustedCertificate().isPresent())) {
            String reason = api.isSessionRejected() ? "Your session on " + used.webService().getHost()
                    + " has expired and could not be renewed. Log in again to list its jobs."
                    : api.getMessage() + " Log in again to check the certificate.";
            notices.error(COULD_NOT + reason);
            KnownServer login = new KnownServer(used.webService().toString(), used.userName());
            session.requestLogin(reason, Optional.of(login), LoginOutcome.onLogin(fresh -> {
                if (fresh.webService().toString().equals(login.server()) && fresh.userName().equalsIgnoreCase(login.user())) {
                    retry.accept(fresh);
                }
            }));
            return;
        }
        notices.error(COULD_NOT + ErrorMessages.of(failure));
    }
}

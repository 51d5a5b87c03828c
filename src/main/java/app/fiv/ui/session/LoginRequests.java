package app.fiv.ui.session;

import app.fiv.settings.KnownServer;
import java.util.Optional;

/** Asks the admin to log in (the window opens its login dialog) and reports how that ended. */
@FunctionalInterface
public interface LoginRequests {
    /**
     * @param reason  why a login is needed, shown in the dialog (blank when the admin asked for it)
     * @param prefill the server and user to fill in, e.g. those of a session that expired
     * @param outcome told once: the new session, or that the admin gave up. While a login is
     *                already open, a further request only changes the reason (and the fields, if
     *                it brings a prefill): the requester always passes the same outcome.
     */
    void open(String reason, Optional<KnownServer> prefill, LoginOutcome outcome);
}

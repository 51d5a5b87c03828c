package app.fiv.ui.session;

import app.fiv.api.Session;
import app.fiv.settings.KnownServer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The login dialog of view-model tests: it records why a login was asked for and with which
 * fields, and the test answers it as the admin would, with a session or by closing it.
 */
public final class FakeLogins implements LoginRequests {
    private final List<String> reasons = new ArrayList<>();
    private Optional<KnownServer> prefill = Optional.empty();
    private LoginOutcome open;

    @Override
    public void open(String reason, Optional<KnownServer> fields, LoginOutcome outcome) {
        reasons.add(reason);
        if (fields.isPresent() || open == null) {
            prefill = fields;
        }
        open = outcome;
    }

    /** Why the app asked for a login, in order; the logins the admin asked for themselves are left out. */
    public List<String> reasons() {
        return reasons.stream().filter(reason -> !reason.isBlank()).toList();
    }

    /** The server and user the open (or last) login dialog was filled in with. */
    public Optional<KnownServer> prefill() {
        return open == null ? Optional.empty() : prefill;
    }

    public boolean isOpen() {
        return open != null;
    }

    /** The admin typed the password and the server accepted it. */
    public void answer(Session session) {
        LoginOutcome outcome = take();
        outcome.loggedIn(session);
    }

    /** The admin closed the dialog without logging in. */
    public void abandon() {
        take().abandoned();
    }

    /** Opens the login (as the Log in button does) and answers it at once. */
    public void logIn(SessionViewModel model, Session session) {
        model.logIn();
        answer(session);
    }

    private LoginOutcome take() {
        if (open == null) {
            throw new IllegalStateException("no login dialog is open");
        }
        LoginOutcome outcome = open;
        open = null;
        prefill = Optional.empty();
        return outcome;
    }
}

package app.fiv.session;

import app.fiv.api.ApiException;
import app.fiv.api.CancelSignal;
import app.fiv.api.CommServeClient;
import app.fiv.api.ServerAddress;
import app.fiv.api.Session;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Runs calls with a session and applies the session rules when the server answers 401: renew the
 * token; if that is refused, log in again with the password source; then retry the call once.
 * It never loops: a second 401 is an authentication error.
 *
 * <p>One keeper serves every call of a login, from any thread. A renewal happens once: calls that
 * meet a 401 meanwhile wait for it and then use the new session. Renewing ends the old token, so
 * the new session is announced to the {@link RenewalListener}s the moment it is issued, before
 * any call uses it and whether or not the retried call then succeeds.
 *
 * <p>An access token pair is renewed the same way, once, and a renewed pair is never renewed
 * again (the CommServe would revoke its whole chain). Its renewal refused is the end: there is no
 * password to fall back on, and the refusal says what to do.
 */
public final class SessionKeeper {
    /** A call that needs a session, with the client for its server. */
    @FunctionalInterface
    public interface Call<T> {
        T run(CommServeClient client, Session session) throws ApiException;
    }

    /** Told of each new session on the thread that got it, before that session is used. */
    @FunctionalInterface
    public interface RenewalListener {
        void renewed(Session old, Session fresh);
    }

    /**
     * How an expired session is renewed; at most one runs at a time per keeper. The usual one asks
     * the server ({@link CommServeClient#renew}); the command line's also saves a renewed pair to
     * its token file before giving it back.
     */
    @FunctionalInterface
    public interface Renewal {
        Session renew(CommServeClient client, Session expired, CancelSignal cancel) throws ApiException;

        Renewal BY_THE_SERVER = (client, expired, cancel) -> client.renew(expired, cancel);
    }

    private final Clients clients;
    private final PasswordSource passwords;
    private final Renewal renewal;
    private final List<RenewalListener> listeners = new CopyOnWriteArrayList<>();
    private final Object renewing = new Object();
    private volatile Session session;

    private SessionKeeper(Clients clients, Session session, PasswordSource passwords, Renewal renewal) {
        this.clients = clients;
        this.session = session;
        this.passwords = passwords;
        this.renewal = renewal;
    }

    /** A keeper that takes each server's client from {@code clients} at every call, so new settings apply at once. */
    public static SessionKeeper of(Clients clients, Session session, PasswordSource passwords) {
        return new SessionKeeper(clients, session, passwords, Renewal.BY_THE_SERVER);
    }

    public static SessionKeeper of(CommServeClient client, Session session, PasswordSource passwords) {
        return new SessionKeeper(Clients.of(client), session, passwords, Renewal.BY_THE_SERVER);
    }

    /** A keeper that renews its sessions in its own way (see {@link Renewal}). */
    public static SessionKeeper of(Clients clients, Session session, PasswordSource passwords, Renewal renewal) {
        return new SessionKeeper(clients, session, passwords, renewal);
    }

    public Session current() {
        return session;
    }

    public void onRenewed(RenewalListener listener) {
        listeners.add(listener);
    }

    public <T> T call(Call<T> call, CancelSignal cancel) throws ApiException {
        Session used = session;
        try {
            return call.run(clientFor(used), used);
        } catch (ApiException e) {
            if (!e.isSessionRejected()) {
                throw e;
            }
        }
        Session fresh = refresh(used, cancel);
        try {
            return call.run(clientFor(fresh), fresh);
        } catch (ApiException e) {
            if (e.isSessionRejected()) {
                throw new ApiException(ApiException.Kind.AUTHENTICATION, "The CommServe at "
                        + fresh.webService().getHost() + " refused the new session as well; check that your"
                        + " account may still use the REST API.", e);
            }
            throw e;
        }
    }

    private CommServeClient clientFor(Session used) throws ApiException {
        return clients.forServer(used.webService());
    }

    /** The session after {@code expired}: renewed here, or by another call that met the 401 first. */
    private Session refresh(Session expired, CancelSignal cancel) throws ApiException {
        synchronized (renewing) {
            Session now = session;
            if (now != expired) {
                return now;
            }
            Session fresh;
            try {
                fresh = renewal.renew(clientFor(expired), expired, cancel);
            } catch (ApiException refused) {
                if (refused.kind() != ApiException.Kind.AUTHENTICATION || expired.usesAccessToken()) {
                    throw refused;
                }
                fresh = loginAgain(expired, refused, cancel);
            }
            session = fresh;
            for (RenewalListener listener : listeners) {
                listener.renewed(expired, fresh);
            }
            return fresh;
        }
    }

    private Session loginAgain(Session expired, ApiException renewal, CancelSignal cancel) throws ApiException {
        Optional<char[]> password = passwords.password();
        if (password.isEmpty()) {
            // Still "session rejected": a caller with a login form of its own can ask for the password.
            throw ApiException.sessionRejected("The session on "
                    + expired.webService().getHost() + " has expired and could not be renewed ("
                    + renewal.getMessage() + "), and there is no password to log in again with.", renewal);
        }
        char[] secret = password.get();
        try {
            return clientFor(expired).login(ServerAddress.of(expired.webService()), expired.userName(), secret, cancel);
        } finally {
            Arrays.fill(secret, '\0');
        }
    }
}

package app.fiv.session;

import app.fiv.api.ApiException;
import app.fiv.api.CancelSignal;
import app.fiv.api.CommServeClient;
import app.fiv.api.ServerAddress;
import app.fiv.api.Session;
import app.fiv.settings.TokenStore;
import app.fiv.settings.TokenStoreException;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Runs calls with a session and applies the session rules when the server answers 401: renew the
 * token; if that is refused, log in again with the password source; then retry the call once.
 * It never loops: a second 401 is an authentication error. A token that came from the token
 * store is replaced there by its successor, since renewing ends the old one.
 */
public final class SessionKeeper {
    /** A call that needs a session. */
    @FunctionalInterface
    public interface Call<T> {
        T run(Session session) throws ApiException;
    }

    private final CommServeClient client;
    private final PasswordSource passwords;
    private final TokenStore store;
    private final String storeServer;
    private final String storeUser;
    private final Consumer<String> warnings;
    private Session session;

    private SessionKeeper(CommServeClient client, Session session, PasswordSource passwords, TokenStore store,
                          String storeServer, String storeUser, Consumer<String> warnings) {
        this.client = client;
        this.session = session;
        this.passwords = passwords;
        this.store = store;
        this.storeServer = storeServer;
        this.storeUser = storeUser;
        this.warnings = warnings;
    }

    /** A session from a login just made: renewed tokens are kept in memory only. */
    public static SessionKeeper of(CommServeClient client, Session session, PasswordSource passwords) {
        return new SessionKeeper(client, session, passwords, null, null, null, message -> { });
    }

    /**
     * A session whose token was loaded from the store under (server, user): a successor token is
     * saved back under the same key; a failure to save is passed to {@code warnings}.
     */
    public static SessionKeeper stored(CommServeClient client, Session session, PasswordSource passwords,
                                       TokenStore store, String server, String user, Consumer<String> warnings) {
        return new SessionKeeper(client, session, passwords, store, server, user, warnings);
    }

    public synchronized Session current() {
        return session;
    }

    public <T> T call(Call<T> call, CancelSignal cancel) throws ApiException {
        Session used = current();
        try {
            return call.run(used);
        } catch (ApiException e) {
            if (!e.isSessionRejected()) {
                throw e;
            }
        }
        Session fresh = refresh(used, cancel);
        try {
            return call.run(fresh);
        } catch (ApiException e) {
            if (e.isSessionRejected()) {
                throw new ApiException(ApiException.Kind.AUTHENTICATION, "The CommServe at "
                        + fresh.webService().getHost() + " refused the new session as well; check that your"
                        + " account may still use the REST API.", e);
            }
            throw e;
        }
    }

    private Session refresh(Session expired, CancelSignal cancel) throws ApiException {
        Session fresh;
        try {
            fresh = client.renew(expired, cancel);
        } catch (ApiException renewal) {
            if (renewal.kind() != ApiException.Kind.AUTHENTICATION) {
                throw renewal;
            }
            fresh = loginAgain(expired, renewal, cancel);
        }
        synchronized (this) {
            session = fresh;
        }
        saveIfStored(fresh);
        return fresh;
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
            return client.login(ServerAddress.of(expired.webService()), expired.userName(), secret, cancel);
        } finally {
            Arrays.fill(secret, '\0');
        }
    }

    private void saveIfStored(Session fresh) {
        if (store == null) {
            return;
        }
        try {
            store.save(storeServer, storeUser, fresh.token());
        } catch (TokenStoreException e) {
            warnings.accept("The renewed session could not be saved for next time: " + e.getMessage());
        }
    }
}

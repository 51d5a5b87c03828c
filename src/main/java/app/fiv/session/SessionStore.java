package app.fiv.session;

import app.fiv.api.ApiException;
import app.fiv.api.CancelSignal;
import app.fiv.api.CommServeClient;
import app.fiv.api.Session;
import app.fiv.settings.AppSettings;
import app.fiv.settings.TokenStore;
import app.fiv.settings.TokenStoreException;
import java.net.URI;
import java.util.Optional;

/**
 * Remembers who is logged in where, so the next start needs no login: the server and user name in
 * the settings, the token in the token store, never the password.
 */
public final class SessionStore {
    private final AppSettings settings;
    private final TokenStore tokens;
    private final CommServeClient client;

    public SessionStore(AppSettings settings, TokenStore tokens, CommServeClient client) {
        this.settings = settings;
        this.tokens = tokens;
        this.client = client;
    }

    public Optional<String> lastServer() {
        return settings.lastServer();
    }

    public Optional<String> lastUser() {
        return settings.lastUser();
    }

    public boolean rememberMe() {
        return settings.rememberMe();
    }

    /** The saved session if the server still accepts it. Blocks on the network. */
    public RestoreOutcome restore(CancelSignal cancel) {
        Optional<String> server = settings.lastServer();
        Optional<String> user = settings.lastUser();
        if (server.isEmpty() || user.isEmpty()) {
            return RestoreOutcome.nothingSaved();
        }
        Optional<String> token;
        try {
            token = tokens.load(server.get(), user.get());
        } catch (TokenStoreException e) {
            return RestoreOutcome.failed(e.getMessage());
        }
        if (token.isEmpty()) {
            return RestoreOutcome.nothingSaved();
        }
        Session session;
        try {
            session = new Session(URI.create(server.get()), user.get(), token.get());
        } catch (IllegalArgumentException e) {
            return RestoreOutcome.failed("The saved server address could not be read; log in again.");
        }
        try {
            client.checkSession(session, cancel);
            return RestoreOutcome.restored(session);
        } catch (ApiException e) {
            if (e.kind() == ApiException.Kind.AUTHENTICATION) {
                deleteQuietly(session);
                return RestoreOutcome.failed("Your saved session on " + session.webService().getHost()
                        + " has expired. Log in again.");
            }
            return RestoreOutcome.failed(e.getMessage());
        }
    }

    /**
     * Records a successful login. With "remember me" the token is saved; without it, any token saved
     * earlier for that server and user is deleted.
     *
     * @return a warning when the token could not be saved (the session itself still works)
     */
    public Optional<String> remember(Session session, boolean rememberMe) {
        String server = session.webService().toString();
        settings.rememberLogin(server, session.userName());
        settings.setRememberMe(rememberMe);
        try {
            if (rememberMe) {
                tokens.save(server, session.userName(), session.token());
            } else {
                tokens.delete(server, session.userName());
            }
            return Optional.empty();
        } catch (TokenStoreException e) {
            return Optional.of("Logged in, but the session could not be saved for next time: " + e.getMessage());
        }
    }

    /** Forgets the saved token of a session (the server and user name stay offered). */
    public void forget(Session session) {
        deleteQuietly(session);
    }

    private void deleteQuietly(Session session) {
        try {
            tokens.delete(session.webService().toString(), session.userName());
        } catch (TokenStoreException e) {
            System.getLogger(SessionStore.class.getName())
                    .log(System.Logger.Level.WARNING, "Could not delete a saved token: " + e.getMessage());
        }
    }
}

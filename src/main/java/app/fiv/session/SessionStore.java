package app.fiv.session;

import app.fiv.api.ApiException;
import app.fiv.api.CancelSignal;
import app.fiv.api.Session;
import app.fiv.settings.AppSettings;
import app.fiv.settings.KnownServer;
import app.fiv.settings.TokenStore;
import app.fiv.settings.TokenStoreException;
import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * Remembers who is logged in where, so the next start needs no login: the server and user name in
 * the settings, the token in the token store, never the password. Also runs the app's calls under
 * the session rules (renew on 401) and logs out.
 */
public final class SessionStore {
    private static final System.Logger LOG = System.getLogger(SessionStore.class.getName());

    private final AppSettings settings;
    private final TokenStore tokens;
    private final Clients clients;

    public SessionStore(AppSettings settings, TokenStore tokens, Clients clients) {
        this.settings = settings;
        this.tokens = tokens;
        this.clients = clients;
    }

    public Optional<String> lastServer() {
        return settings.lastServer();
    }

    public Optional<String> lastUser() {
        return settings.lastUser();
    }

    /** The servers and users logged in with before, most recent first. */
    public List<KnownServer> knownServers() {
        return settings.knownServers();
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
            clients.forServer(session.webService()).checkSession(session, cancel);
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
     * The keeper of a session for all of its calls: it renews the token on a 401, and a renewed
     * token replaces the saved one at once, before it is used, so it survives a call that then
     * fails and a quit right after.
     */
    public SessionKeeper keep(Session session) {
        SessionKeeper keeper = SessionKeeper.of(clients, session, PasswordSource.none());
        keeper.onRenewed((old, fresh) -> {
            LOG.log(System.Logger.Level.INFO, "Renewed the session of " + old.userName() + " on "
                    + old.webService().getHost() + ".");
            replaceSaved(old, fresh);
        });
        return keeper;
    }

    /**
     * Records a successful login. With "remember me" the token is saved; without it, any token saved
     * earlier for that server and user is deleted.
     *
     * @return a warning when the token could not be saved (the session itself still works)
     */
    public Optional<String> remember(Session session, boolean rememberMe) {
        String server = session.webService().toString();
        LOG.log(System.Logger.Level.INFO, "Logged in as " + session.userName() + " on " + server
                + (rememberMe ? "; the session is kept for the next start." : "; nothing is kept."));
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

    /**
     * Logs out: the saved token is deleted first (that needs no network), then the CommServe is
     * told ({@code Logout}). Blocks on the network.
     *
     * @return a note when the CommServe could not be told (the session is forgotten here anyway)
     */
    public Optional<String> logOut(Session session, CancelSignal cancel) {
        deleteQuietly(session);
        LOG.log(System.Logger.Level.INFO, "Logging out " + session.userName() + " from " + session.webService() + ".");
        try {
            clients.forServer(session.webService()).logout(session, cancel);
            return Optional.empty();
        } catch (ApiException e) {
            return Optional.of("Logged out on this computer; the CommServe could not be told: " + e.getMessage());
        }
    }

    /** The token saved for this session's server and user was the old one: the renewed one takes its place. */
    private void replaceSaved(Session old, Session renewed) {
        String server = old.webService().toString();
        try {
            Optional<String> saved = tokens.load(server, old.userName());
            if (saved.isPresent() && saved.get().equals(old.token())) {
                tokens.save(server, old.userName(), renewed.token());
            }
        } catch (TokenStoreException e) {
            LOG.log(System.Logger.Level.WARNING, "Could not save a renewed token: " + e.getMessage());
        }
    }

    private void deleteQuietly(Session session) {
        try {
            tokens.delete(session.webService().toString(), session.userName());
        } catch (TokenStoreException e) {
            LOG.log(System.Logger.Level.WARNING, "Could not delete a saved token: " + e.getMessage());
        }
    }
}

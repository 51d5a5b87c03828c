package app.fiv.session;

import app.fiv.api.ApiException;
import app.fiv.api.CancelSignal;
import app.fiv.api.Credential;
import app.fiv.api.ServerAddress;
import app.fiv.api.Session;
import app.fiv.settings.AppSettings;
import app.fiv.settings.KnownServer;
import app.fiv.settings.OriginKeys;
import app.fiv.settings.TokenStore;
import app.fiv.settings.TokenStoreException;
import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * Remembers who is logged in where, so the next start needs no login: the server and user name in
 * the settings, the session token or access token pair in the token store, never the password.
 * Also runs the app's calls under the session rules (renew on 401) and logs out.
 */
public final class SessionStore {
    private static final System.Logger LOG = System.getLogger(SessionStore.class.getName());
    /** Stands for the user of an access token whose name the server did not tell, where a name is needed. */
    static final String UNNAMED_USER = "access token";
    private static final String KIND_PREFIX = "loginKind.";
    private static final String ACCESS_TOKEN_KIND = "accessToken";

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
        Optional<Credential> credential = SavedCredentials.decode(token.get());
        Session session;
        try {
            if (credential.isEmpty()) {
                return RestoreOutcome.failed("The saved sign-in on " + URI.create(server.get()).getHost()
                        + " is damaged; log in again.");
            }
            session = new Session(URI.create(server.get()), user.get().equals(UNNAMED_USER) ? "" : user.get(), credential.get());
        } catch (IllegalArgumentException e) {
            return RestoreOutcome.failed("The saved server address could not be read; log in again.");
        }
        if (session.usesAccessToken()) {
            return restoreAccessToken(session, cancel);
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
     * An access token lives longer than its 30 minutes by being renewed, so an expired one is
     * renewed here (and saved before it is used) rather than given up; a refused renewal forgets it.
     */
    private RestoreOutcome restoreAccessToken(Session saved, CancelSignal cancel) {
        SessionKeeper keeper = keep(saved);
        try {
            keeper.call((client, session) -> {
                client.checkSession(session, cancel);
                return null;
            }, cancel);
            return RestoreOutcome.restored(keeper.current());
        } catch (ApiException e) {
            return RestoreOutcome.failed(e.kind() == ApiException.Kind.AUTHENTICATION && !e.isSessionRejected()
                    ? "Your saved access token on " + saved.webService().getHost() + " was refused: " + e.getMessage()
                    : e.getMessage());
        }
    }

    /**
     * The keeper of a session for all of its calls: it renews the token on a 401, and a renewed
     * token or pair replaces the saved one at once, before it is used, so it survives a call that
     * then fails and a quit right after. A pair whose renewal is refused is forgotten: it is dead.
     */
    public SessionKeeper keep(Session session) {
        SessionKeeper keeper = SessionKeeper.of(clients, session, PasswordSource.none(), (client, expired, cancel) -> {
            try {
                return client.renew(expired, cancel);
            } catch (ApiException e) {
                if (expired.usesAccessToken() && e.isSessionRejected()) {
                    forgetSaved(expired);
                }
                throw e;
            }
        });
        keeper.onRenewed((old, fresh) -> {
            LOG.log(System.Logger.Level.INFO, "Renewed the " + (fresh.usesAccessToken() ? "access token" : "session")
                    + " of " + describeUser(old) + " on " + old.webService().getHost() + renewableUntil(fresh) + ".");
            replaceSaved(old, fresh);
        });
        return keeper;
    }

    /**
     * Opens a session with an access token pair the admin pasted. If its access token has expired,
     * the pair is renewed first, and with "remember me" the new pair is saved before it is used.
     * The user name is the one the server tells ({@code WhoAmI}). Blocks on the network.
     */
    public Session openWithAccessToken(ServerAddress server, Credential.AccessToken token, boolean rememberMe,
                                       CancelSignal cancel) throws ApiException {
        Session located = clients.forServer(server.candidates().get(0)).accessTokenSession(server, token, cancel);
        if (!located.userName().isBlank()) {
            return located;
        }
        SessionKeeper keeper = SessionKeeper.of(clients, located, PasswordSource.none());
        keeper.onRenewed((old, fresh) -> {
            if (rememberMe) {
                try {
                    save(fresh, true);
                } catch (TokenStoreException e) {
                    // The login's own remember() tries again and tells the admin.
                    LOG.log(System.Logger.Level.WARNING, "Could not save a renewed token: " + e.getMessage());
                }
            }
        });
        String name = keeper.call((client, session) -> client.whoAmI(session, cancel), cancel);
        return keeper.current().withUserName(name);
    }

    /**
     * Records a successful login. With "remember me" the token is saved; without it, any token saved
     * earlier for that server and user is deleted.
     *
     * @return a warning when the token could not be saved (the session itself still works)
     */
    public Optional<String> remember(Session session, boolean rememberMe) {
        LOG.log(System.Logger.Level.INFO, "Logged in as " + describeUser(session) + " on " + session.webService()
                + (session.usesAccessToken() ? " with an access token" : "")
                + (rememberMe ? "; the session is kept for the next start." : "; nothing is kept."));
        settings.put(OriginKeys.key(KIND_PREFIX, session.webService().toString()),
                session.usesAccessToken() ? ACCESS_TOKEN_KIND : null);
        try {
            save(session, rememberMe);
            if (session.usesAccessToken() && !session.userName().isBlank()) {
                // Saved under a stand-in name while the server had not yet told the user's.
                tokens.delete(session.webService().toString(), UNNAMED_USER);
            }
            return Optional.empty();
        } catch (TokenStoreException e) {
            return Optional.of("Logged in, but the session could not be saved for next time: " + e.getMessage());
        }
    }

    /** Whether the last login on this server (as the known servers list it) used an access token. */
    public boolean usedAccessToken(String server) {
        return server != null && !server.isBlank()
                && settings.get(OriginKeys.key(KIND_PREFIX, server.strip())).filter(ACCESS_TOKEN_KIND::equals).isPresent();
    }

    private void save(Session session, boolean rememberMe) throws TokenStoreException {
        String server = session.webService().toString();
        settings.rememberLogin(server, storedUser(session));
        settings.setRememberMe(rememberMe);
        if (rememberMe) {
            tokens.save(server, storedUser(session), SavedCredentials.encode(session.credential()));
        } else {
            tokens.delete(server, storedUser(session));
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
        LOG.log(System.Logger.Level.INFO, "Logging out " + describeUser(session) + " from " + session.webService() + ".");
        if (session.usesAccessToken()) {
            // Logout ends session tokens; an access token is revoked only in Command Center.
            return Optional.empty();
        }
        try {
            clients.forServer(session.webService()).logout(session, cancel);
            return Optional.empty();
        } catch (ApiException e) {
            return Optional.of("Logged out on this computer; the CommServe could not be told: " + e.getMessage());
        }
    }

    /**
     * The token saved for this session's server and user was the old one: the renewed one takes its
     * place, in one write. A renewed pair that cannot be saved takes the old pair with it, as
     * renewing that one again at the next start would revoke every token of its chain.
     */
    private void replaceSaved(Session old, Session renewed) {
        String server = old.webService().toString();
        try {
            Optional<String> saved = tokens.load(server, storedUser(old));
            if (saved.isPresent() && SavedCredentials.holds(saved.get(), old.credential())) {
                tokens.save(server, storedUser(old), SavedCredentials.encode(renewed.credential()));
            }
        } catch (TokenStoreException e) {
            LOG.log(System.Logger.Level.WARNING, "Could not save a renewed token: " + e.getMessage());
            if (old.usesAccessToken()) {
                deleteQuietly(old);
            }
        }
    }

    /** Forgets the saved credential if it is still this session's. */
    private void forgetSaved(Session session) {
        try {
            Optional<String> saved = tokens.load(session.webService().toString(), storedUser(session));
            if (saved.isPresent() && SavedCredentials.holds(saved.get(), session.credential())) {
                deleteQuietly(session);
            }
        } catch (TokenStoreException e) {
            deleteQuietly(session);
        }
    }

    private void deleteQuietly(Session session) {
        try {
            tokens.delete(session.webService().toString(), storedUser(session));
        } catch (TokenStoreException e) {
            LOG.log(System.Logger.Level.WARNING, "Could not delete a saved token: " + e.getMessage());
        }
    }

    private static String storedUser(Session session) {
        return session.userName().isBlank() ? UNNAMED_USER : session.userName();
    }

    private static String describeUser(Session session) {
        return session.userName().isBlank() ? "the access token's user" : session.userName();
    }

    private static String renewableUntil(Session session) {
        return session.credential() instanceof Credential.AccessToken pair
                ? pair.renewableUntil().map(until -> " (renewable until " + until + ")").orElse("") : "";
    }
}

package app.fiv.cli;

import app.fiv.api.ApiException;
import app.fiv.api.CancelSignal;
import app.fiv.api.CommServeClient;
import app.fiv.api.Credential;
import app.fiv.api.ServerAddress;
import app.fiv.api.Session;
import app.fiv.session.Clients;
import app.fiv.session.PasswordSource;
import app.fiv.session.SavedCredentials;
import app.fiv.session.SessionKeeper;
import app.fiv.settings.TokenStore;
import app.fiv.settings.TokenStoreException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

/**
 * Gets a session the way the README promises, first match wins: the environment variable
 * {@value #ENV}, then {@code --password-file}, then a token stored for that server and user (by
 * the app's "Remember me"), then a prompt when a console is attached. Never from an argument.
 * With {@code --token-file} there is no password at all: the access token pair in that file.
 */
final class SignIn {
    static final String ENV = "FIV_PASSWORD";

    private final CliEnvironment environment;
    private final Messages messages;

    SignIn(CliEnvironment environment, Messages messages) {
        this.environment = environment;
        this.messages = messages;
    }

    SessionKeeper open(CommServeClient client, ServerAddress server, String user, Path passwordFile,
                       CancelSignal cancel) throws ApiException {
        String fromEnv = environment.env().apply(ENV);
        if (fromEnv != null && !fromEnv.isEmpty()) {
            return login(client, server, user, () -> Optional.of(fromEnv.toCharArray()), cancel);
        }
        if (passwordFile != null) {
            Arrays.fill(PasswordFile.read(passwordFile), '\0'); // fails now, before anything is sent
            PasswordFile.permissionWarning(passwordFile).ifPresent(messages::warning);
            return login(client, server, user, () -> readQuietly(passwordFile), cancel);
        }
        PasswordSource prompt = promptFor(user, server);
        Optional<SessionKeeper> stored = storedSession(client, server, user, prompt);
        if (stored.isPresent()) {
            return stored.get();
        }
        if (environment.prompt().get().isPresent()) {
            return login(client, server, user, prompt, cancel);
        }
        throw new ApiException(ApiException.Kind.AUTHENTICATION, "No password for " + user + " on " + server
                + ": set the environment variable " + ENV + ", give --password-file, run in a terminal to be"
                + " asked, or log in once with the app and \"Remember me\".");
    }

    /**
     * With {@code --token-file}: no password at all. The web service is the one whose WhoAmI knows
     * the token; a 401 later renews the pair through the file (see {@link TokenFileRenewal}).
     *
     * @param user the user name given, or blank: the server's answer names the user
     */
    SessionKeeper openWithTokenFile(CommServeClient client, ServerAddress server, String user, Path tokenFile,
                                    Duration lockWait, CancelSignal cancel) throws ApiException {
        Credential.AccessToken pair = TokenFile.read(tokenFile);
        TokenFile.permissionWarning(tokenFile).ifPresent(messages::warning);
        Session located = client.accessTokenSession(server, pair, cancel);
        Session session = located.userName().isBlank() ? located.withUserName(user) : located;
        messages.info("Using the access token in " + tokenFile + " on " + session.webService()
                + (session.userName().isBlank() ? "" : " as " + session.userName()) + "...");
        return SessionKeeper.of(Clients.of(client), session, PasswordSource.none(),
                new TokenFileRenewal(tokenFile, lockWait, messages));
    }

    private SessionKeeper login(CommServeClient client, ServerAddress server, String user, PasswordSource source,
                                CancelSignal cancel) throws ApiException {
        char[] password = source.password().orElseThrow(() -> new ApiException(ApiException.Kind.AUTHENTICATION,
                "No password was given."));
        try {
            messages.info("Logging in to " + server + " as " + user + "...");
            return SessionKeeper.of(client, client.login(server, user, password, cancel), source);
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    private Optional<SessionKeeper> storedSession(CommServeClient client, ServerAddress server, String user,
                                                  PasswordSource prompt) {
        TokenStore store = environment.tokens().get();
        for (URI webService : server.candidates()) {
            try {
                Optional<String> token = store.load(webService.toString(), user);
                Optional<Credential> saved = token.flatMap(SavedCredentials::decode);
                if (saved.isPresent() && saved.get() instanceof Credential.AccessToken) {
                    // Renewing the app's pair here while the app renews it too would revoke it.
                    messages.info("The app keeps an access token for " + user + " on " + webService + "; the command"
                            + " line does not use it. Give --token-file with a token of its own.");
                } else if (saved.isPresent()) {
                    messages.info("Using the saved session of " + user + " on " + webService + ".");
                    Session session = new Session(webService, user, saved.get());
                    SessionKeeper keeper = SessionKeeper.of(client, session, prompt);
                    // Renewing ends the stored token: its successor takes its place before it is used.
                    keeper.onRenewed((old, fresh) -> save(store, webService.toString(), user, fresh));
                    return Optional.of(keeper);
                }
            } catch (TokenStoreException e) {
                messages.warning("The saved sessions could not be read: " + e.getMessage());
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private void save(TokenStore store, String server, String user, Session fresh) {
        try {
            store.save(server, user, SavedCredentials.encode(fresh.credential()));
        } catch (TokenStoreException e) {
            messages.warning("The renewed session could not be saved for next time: " + e.getMessage());
        }
    }

    private PasswordSource promptFor(String user, ServerAddress server) {
        return () -> environment.prompt().get()
                .flatMap(prompt -> prompt.ask("Password for " + user + " on " + server + ": "))
                .filter(password -> password.length > 0);
    }

    private static Optional<char[]> readQuietly(Path file) {
        try {
            return Optional.of(PasswordFile.read(file));
        } catch (ApiException e) {
            return Optional.empty();
        }
    }
}

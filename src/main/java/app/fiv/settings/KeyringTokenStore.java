package app.fiv.settings;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Tokens in the OS keyring (Secret Service, macOS Keychain, Windows Credential Manager) via java-keyring,
 * under service {@value #SERVICE} and account {@code <user>@<server>}.
 *
 * <p>Each call connects, does its work and disconnects on a daemon thread, and is abandoned after a
 * timeout: a keyring can hang (an unresponsive D-Bus, an unlock prompt nobody answers), and an open
 * Secret Service connection holds a non-daemon thread that would keep the JVM from exiting.
 */
public final class KeyringTokenStore implements TokenStore {

    static final String SERVICE = "Failed Items Viewer";
    static final Duration CALL_TIMEOUT = Duration.ofSeconds(5);

    /** Looked up by the probe; never written, so the probe leaves no trace in the keyring. */
    static final String PROBE_ACCOUNT = "keyring-probe@failed-items-viewer";

    private static final System.Logger LOG = System.getLogger(KeyringTokenStore.class.getName());

    // Cached rather than single: a call stuck in the keyring must not block the calls after it.
    private static final ExecutorService WORKERS = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "fiv-keyring");
        thread.setDaemon(true);
        return thread;
    });

    private final Keychain.Opener opener;
    private final Duration timeout;
    private final String kind;

    KeyringTokenStore(Keychain.Opener opener, Duration timeout, String kind) {
        this.opener = Objects.requireNonNull(opener, "opener");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    /** A store on the keyring if one answers a harmless lookup within the timeout, else empty. */
    static Optional<KeyringTokenStore> probe(Keychain.Opener opener, Duration timeout) {
        try {
            String kind = call(opener, timeout, "be reached", null, keychain -> {
                keychain.get(SERVICE, PROBE_ACCOUNT);
                return keychain.kind();
            });
            return Optional.of(new KeyringTokenStore(opener, CALL_TIMEOUT, kind));
        } catch (TokenStoreException e) {
            LOG.log(Level.INFO, () -> e.getMessage() + " Sign-ins will be kept in a private file instead.");
            return Optional.empty();
        }
    }

    static String account(String server, String user) {
        return user + "@" + server;
    }

    @Override
    public Optional<String> load(String server, String user) throws TokenStoreException {
        String account = account(Objects.requireNonNull(server, "server"), Objects.requireNonNull(user, "user"));
        return call(opener, timeout, "read the stored sign-in", null, keychain -> keychain.get(SERVICE, account));
    }

    @Override
    public void save(String server, String user, String token) throws TokenStoreException {
        String account = account(Objects.requireNonNull(server, "server"), Objects.requireNonNull(user, "user"));
        Objects.requireNonNull(token, "token");
        call(opener, timeout, "save the sign-in", token, keychain -> {
            keychain.set(SERVICE, account, token);
            return null;
        });
    }

    @Override
    public void delete(String server, String user) throws TokenStoreException {
        String account = account(Objects.requireNonNull(server, "server"), Objects.requireNonNull(user, "user"));
        call(opener, timeout, "delete the stored sign-in", null, keychain -> {
            keychain.delete(SERVICE, account);
            return null;
        });
    }

    @Override
    public String description() {
        return "the system keyring (" + kind + ")";
    }

    @FunctionalInterface
    private interface Work<T> {
        T on(Keychain keychain) throws Exception;
    }

    /**
     * Runs the work on a fresh connection in a worker thread and waits at most the timeout. Every failure,
     * including linkage errors from the native parts, becomes a TokenStoreException whose message has the
     * secret blanked out and which carries no cause, as library messages are outside our control.
     */
    private static <T> T call(Keychain.Opener opener, Duration timeout, String action, String secret, Work<T> work)
            throws TokenStoreException {
        Future<T> result = WORKERS.submit(() -> {
            Keychain keychain = opener.open();
            try {
                return work.on(keychain);
            } finally {
                closeQuietly(keychain);
            }
        });
        try {
            return result.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            result.cancel(true);
            throw new TokenStoreException("The system keyring could not " + action
                    + ": it did not answer within " + timeout.toSeconds() + " s.");
        } catch (ExecutionException e) {
            throw new TokenStoreException("The system keyring could not " + action + " ("
                    + hide(secret, summary(e.getCause())) + ").");
        } catch (InterruptedException e) {
            result.cancel(true);
            Thread.currentThread().interrupt();
            throw new TokenStoreException("The system keyring could not " + action + ": interrupted.");
        }
    }

    private static void closeQuietly(Keychain keychain) {
        try {
            keychain.close();
        } catch (Exception | LinkageError e) {
            LOG.log(Level.DEBUG, () -> "Closing the keyring failed: " + e.getClass().getName());
        }
    }

    /** The innermost cause usually names the real problem ("Cannot Resolve Session Bus Address"). */
    private static String summary(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = root.getClass().getSimpleName();
        return root.getMessage() == null ? text : text + ": " + root.getMessage();
    }

    private static String hide(String secret, String text) {
        return secret == null || secret.isEmpty() ? text : text.replace(secret, "<hidden>");
    }
}

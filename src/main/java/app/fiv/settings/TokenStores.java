package app.fiv.settings;

import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/** Chooses where tokens are kept on this machine. */
public final class TokenStores {

    /** {@code -Dfiv.keyring=off} keeps the app (and its tests) away from the OS keyring. */
    public static final String KEYRING_PROPERTY = "fiv.keyring";

    static final Duration PROBE_TIMEOUT = Duration.ofSeconds(2);

    private static final System.Logger LOG = System.getLogger(TokenStores.class.getName());

    private TokenStores() {
    }

    /**
     * The OS keyring via java-keyring when available and not disabled ({@code -Dfiv.keyring=off}), else a
     * {@link FileTokenStore} in configDir. Never throws; never blocks more than about 2 s.
     *
     * <p>When a D-Bus session exists but the Secret Service is missing or locked, java-keyring 1.0.4 leaves
     * a non-daemon D-Bus thread behind that nothing here can stop, so the app must end with
     * {@code System.exit} rather than by returning from {@code main}.
     */
    public static TokenStore open(Path configDir) {
        Objects.requireNonNull(configDir, "configDir");
        if (isKeyringOff(System.getProperty(KEYRING_PROPERTY))) {
            return fileStore(configDir);
        }
        // A lambda, not a method reference: java-keyring must not even be loaded before the guarded probe.
        return open(configDir, () -> JavaKeyringKeychain.open(), PROBE_TIMEOUT);
    }

    static TokenStore open(Path configDir, Keychain.Opener keyring, Duration probeTimeout) {
        try {
            return KeyringTokenStore.probe(keyring, probeTimeout)
                    .<TokenStore>map(store -> store)
                    .orElseGet(() -> fileStore(configDir));
        } catch (RuntimeException | LinkageError e) {
            LOG.log(Level.WARNING, () -> "Could not check the system keyring (" + e.getClass().getName()
                    + "); sign-ins will be kept in a private file instead.");
            return fileStore(configDir);
        }
    }

    static boolean isKeyringOff(String setting) {
        return setting != null && setting.strip().equalsIgnoreCase("off");
    }

    private static FileTokenStore fileStore(Path configDir) {
        return new FileTokenStore(configDir.resolve(FileTokenStore.DEFAULT_FILE_NAME));
    }
}

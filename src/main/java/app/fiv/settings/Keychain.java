package app.fiv.settings;

import java.util.Optional;

/** The few keyring calls the app needs, so that tests can stand in for the OS keyring. */
interface Keychain {

    /** The stored secret, or empty if there is none. */
    Optional<String> get(String service, String account) throws Exception;

    void set(String service, String account, String secret) throws Exception;

    /** Deleting a secret that is not there is not an error. */
    void delete(String service, String account) throws Exception;

    /** The kind of keyring, for users: "Secret Service", "macOS Keychain", ... */
    String kind();

    /** Disconnects; an open Secret Service connection would otherwise keep the JVM from exiting. */
    void close() throws Exception;

    /** Connects to a keyring; may throw, fail to link or hang, so callers guard it. */
    @FunctionalInterface
    interface Opener {
        Keychain open() throws Exception;
    }
}

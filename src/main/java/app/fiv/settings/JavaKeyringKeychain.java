package app.fiv.settings;

import com.github.javakeyring.Keyring;
import com.github.javakeyring.PasswordAccessException;
import java.util.List;
import java.util.Optional;

/**
 * The OS keyring through java-keyring. Only {@link KeyringTokenStore}'s worker threads touch this class, so
 * a missing or broken native library shows up there as an error instead of at app start.
 */
final class JavaKeyringKeychain implements Keychain {

    /**
     * java-keyring 1.0.4 reports "nothing stored" as a PasswordAccessException like any other failure; these
     * are the messages its backends use for it (read from its classes; Windows reports ERROR_NOT_FOUND).
     */
    private static final List<String> NOT_FOUND_MESSAGES = List.of(
            "No stored credentials match", // Secret Service, macOS Keychain
            "No password to delete",       // macOS Keychain
            "Password not Found",          // Windows Credential Manager, empty secret
            "Error code 1168",             // Windows Credential Manager, ERROR_NOT_FOUND
            "not in wallet");              // KWallet

    private final Keyring keyring;

    private JavaKeyringKeychain(Keyring keyring) {
        this.keyring = keyring;
    }

    static Keychain open() throws Exception {
        return new JavaKeyringKeychain(Keyring.create());
    }

    @Override
    public Optional<String> get(String service, String account) throws PasswordAccessException {
        try {
            return Optional.ofNullable(keyring.getPassword(service, account));
        } catch (PasswordAccessException e) {
            if (isNotFound(e)) {
                return Optional.empty();
            }
            throw e;
        }
    }

    @Override
    public void set(String service, String account, String secret) throws PasswordAccessException {
        keyring.setPassword(service, account, secret);
    }

    @Override
    public void delete(String service, String account) throws PasswordAccessException {
        try {
            keyring.deletePassword(service, account);
        } catch (PasswordAccessException e) {
            if (!isNotFound(e)) {
                throw e;
            }
        }
    }

    @Override
    public String kind() {
        switch (keyring.getKeyringStorageType()) {
            case OSX_KEYCHAIN:
            case LEGACY_OSX_KEYCHAIN:
                return "macOS Keychain";
            case WINDOWS_CREDENTIAL_STORE:
                return "Windows Credential Manager";
            case KWALLET:
                return "KWallet";
            case GNOME_KEYRING:
            default:
                return "Secret Service";
        }
    }

    @Override
    public void close() throws Exception {
        keyring.close();
    }

    static boolean isNotFound(PasswordAccessException e) {
        String message = e.getMessage();
        return message != null && NOT_FOUND_MESSAGES.stream().anyMatch(message::contains);
    }
}

package app.fiv.settings;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.javakeyring.PasswordAccessException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Only the message classification: the real keyring is never opened in tests. */
class JavaKeyringKeychainTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "No stored credentials match Failed Items Viewer account: admin@cs01",
        "No password to delete. No stored credentials match Failed Items Viewer account: admin@cs01",
        "Password not Found",
        "Error code 1168",
        "Password is not in wallet",
        "Password cannot be deleted, it is not in wallet"})
    void nothingStoredIsRecognisedForEveryBackend(String message) {
        assertThat(JavaKeyringKeychain.isNotFound(new PasswordAccessException(message))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Too many stored credentials match Failed Items Viewer account: admin@cs01",
        "Error code 5",
        "Failed to get credential. User interaction is not allowed."})
    void realFailuresAreNotMistakenForNothingStored(String message) {
        assertThat(JavaKeyringKeychain.isNotFound(new PasswordAccessException(message))).isFalse();
    }
}

package app.fiv.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class KeyringTokenStoreTest {

    private static final String TOKEN = "QSDK 3856a1f0c2e4secret";
    private static final Duration TIMEOUT = Duration.ofMillis(300);

    private final FakeKeyring keyring = new FakeKeyring();
    private final KeyringTokenStore store = new KeyringTokenStore(keyring, TIMEOUT, "Fake Keyring");

    @AfterEach
    void releaseHungCalls() {
        if (keyring.hang != null) {
            keyring.hang.countDown();
        }
    }

    @Test
    void tokensRoundTripUnderTheAppServiceAndUserAtServerAccount() throws Exception {
        store.save("cs01", "admin", TOKEN);
        store.save("cs02", "admin", "QSDK 2");

        assertThat(keyring.secrets).containsEntry("Failed Items Viewer/admin@cs01", TOKEN);
        assertThat(store.load("cs01", "admin")).contains(TOKEN);
        assertThat(store.load("cs02", "admin")).contains("QSDK 2");
        assertThat(store.load("cs01", "operator")).isEmpty();
    }

    @Test
    void deleteForgetsTheToken() throws Exception {
        store.save("cs01", "admin", TOKEN);
        store.delete("cs01", "admin");

        assertThat(store.load("cs01", "admin")).isEmpty();
    }

    @Test
    void everyCallDisconnectsAgain() throws Exception {
        store.save("cs01", "admin", TOKEN);
        store.load("cs01", "admin");
        store.delete("cs01", "admin");

        assertThat(keyring.opens).hasValue(3);
        assertThat(keyring.closes).hasValue(3);
    }

    @Test
    void failuresBecomeTokenStoreExceptionsWithoutTheToken() {
        keyring.failure = new IllegalStateException("D-Bus said no to " + TOKEN);

        assertThatThrownBy(() -> store.save("cs01", "admin", TOKEN))
                .isInstanceOf(TokenStoreException.class)
                .hasMessageStartingWith("The system keyring could not save the sign-in (IllegalStateException: D-Bus said no to ")
                .hasNoCause()
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(TOKEN));
    }

    @Test
    void linkageErrorsAreCaughtToo() {
        keyring.failure = new UnsatisfiedLinkError("no libsecret");

        assertThatThrownBy(() -> store.load("cs01", "admin"))
                .isInstanceOf(TokenStoreException.class)
                .hasMessageContaining("UnsatisfiedLinkError: no libsecret");
    }

    @Test
    void aHangingKeyringTimesOut() {
        keyring.hang = new CountDownLatch(1);

        long start = System.nanoTime();
        assertThatThrownBy(() -> store.load("cs01", "admin"))
                .isInstanceOf(TokenStoreException.class)
                .hasMessageContaining("did not answer");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
    }

    @Test
    void aHungCallDoesNotBlockTheNextOne() throws Exception {
        keyring.hang = new CountDownLatch(1);
        CountDownLatch stuck = keyring.hang;
        assertThatThrownBy(() -> store.load("cs01", "admin")).isInstanceOf(TokenStoreException.class);

        keyring.hang = null;
        store.save("cs01", "admin", TOKEN);
        assertThat(store.load("cs01", "admin")).contains(TOKEN);
        stuck.countDown();
    }

    @Test
    void anAbandonedCallStillDisconnectsWhenItFinallyEnds() {
        keyring.hang = new CountDownLatch(1);
        assertThatThrownBy(() -> store.load("cs01", "admin")).isInstanceOf(TokenStoreException.class);

        assertThat(keyring.closes).hasValue(0);

        keyring.hang.countDown();
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (keyring.closes.get() == 0 && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertThat(keyring.closes).hasValue(1);
    }

    @Test
    void descriptionNamesTheKeyring() {
        assertThat(store.description()).isEqualTo("the system keyring (Fake Keyring)");
    }
}

package app.fiv.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokenStoresTest {

    private static final Duration PROBE = Duration.ofMillis(300);

    @TempDir
    Path configDir;

    @Test
    void theBuildTurnsTheKeyringOffForTests() {
        assertThat(System.getProperty(TokenStores.KEYRING_PROPERTY)).isEqualTo("off");
    }

    @Test
    void keyringOffGivesTheFileStoreInTheConfigFolder() {
        TokenStore store = TokenStores.open(configDir);

        assertThat(store).isInstanceOf(FileTokenStore.class);
        assertThat(((FileTokenStore) store).file()).isEqualTo(configDir.resolve("tokens.json").toAbsolutePath());
        assertThat(store.description()).startsWith("a file readable only by you: ");
    }

    @Test
    void onlyTheWordOffDisablesTheKeyring() {
        assertThat(TokenStores.isKeyringOff("off")).isTrue();
        assertThat(TokenStores.isKeyringOff(" OFF ")).isTrue();
        assertThat(TokenStores.isKeyringOff(null)).isFalse();
        assertThat(TokenStores.isKeyringOff("on")).isFalse();
    }

    @Test
    void aWorkingKeyringIsUsed() {
        FakeKeyring keyring = new FakeKeyring();

        TokenStore store = TokenStores.open(configDir, keyring, PROBE);

        assertThat(store).isInstanceOf(KeyringTokenStore.class);
        assertThat(store.description()).isEqualTo("the system keyring (Fake Keyring)");
        assertThat(keyring.secrets).as("the probe only reads").isEmpty();
        assertThat(keyring.closes).hasValue(1);
    }

    @Test
    void aFailingKeyringFallsBackToTheFile() {
        FakeKeyring keyring = new FakeKeyring();
        keyring.failure = new IllegalStateException("Cannot Resolve Session Bus Address");

        assertThat(TokenStores.open(configDir, keyring, PROBE)).isInstanceOf(FileTokenStore.class);
    }

    @Test
    void missingNativeLibrariesFallBackToTheFile() {
        FakeKeyring keyring = new FakeKeyring();
        keyring.failure = new NoClassDefFoundError("com/sun/jna/Native");

        assertThat(TokenStores.open(configDir, keyring, PROBE)).isInstanceOf(FileTokenStore.class);
        assertThat(TokenStores.open(configDir, () -> {
            throw new UnsatisfiedLinkError("no jnidispatch");
        }, PROBE)).isInstanceOf(FileTokenStore.class);
    }

    @Test
    void aHangingKeyringFallsBackToTheFileWithinTheProbeTimeout() {
        FakeKeyring keyring = new FakeKeyring();
        keyring.hang = new CountDownLatch(1);
        try {
            long start = System.nanoTime();

            TokenStore store = TokenStores.open(configDir, keyring, PROBE);

            assertThat(store).isInstanceOf(FileTokenStore.class);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
        } finally {
            keyring.hang.countDown();
        }
    }

    @Test
    void theRealProbeTimeoutStaysWithinTheThreeSecondPromise() {
        assertThat(TokenStores.PROBE_TIMEOUT).isLessThanOrEqualTo(Duration.ofSeconds(2));
    }
}

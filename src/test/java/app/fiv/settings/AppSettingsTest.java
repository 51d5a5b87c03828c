package app.fiv.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AppSettingsTest {

    private Preferences node;
    private AppSettings settings;

    @BeforeEach
    void createTestNode() {
        // Directly under the root, so that removing it leaves nothing behind in the real preferences.
        node = Preferences.userRoot().node("fiv-settings-test-" + UUID.randomUUID());
        settings = new AppSettings(node);
    }

    @AfterEach
    void removeTestNode() throws BackingStoreException {
        Preferences parent = node.parent();
        node.removeNode();
        parent.flush();
    }

    @Test
    void freshSettingsHaveNoLastLoginAndRememberMeIsOn() {
        assertThat(settings.lastServer()).isEmpty();
        assertThat(settings.lastUser()).isEmpty();
        assertThat(settings.knownServers()).isEmpty();
        assertThat(settings.rememberMe()).isTrue();
    }

    @Test
    void rememberLoginSetsTheLastLoginAndSurvivesANewInstance() {
        settings.rememberLogin("cs01.example.com", "admin");

        AppSettings reopened = new AppSettings(node);
        assertThat(reopened.lastServer()).contains("cs01.example.com");
        assertThat(reopened.lastUser()).contains("admin");
        assertThat(reopened.knownServers()).containsExactly(new KnownServer("cs01.example.com", "admin"));
    }

    @Test
    void knownServersAreMostRecentFirstWithoutDuplicates() {
        settings.rememberLogin("a", "u1");
        settings.rememberLogin("b", "u1");
        settings.rememberLogin("a", "u2");
        settings.rememberLogin("A", "U1"); // same login as ("a", "u1"), typed differently

        assertThat(settings.knownServers()).containsExactly(
                new KnownServer("A", "U1"), new KnownServer("a", "u2"), new KnownServer("b", "u1"));
    }

    @Test
    void knownServersKeepOnlyTheTenMostRecent() {
        IntStream.rangeClosed(1, 12).forEach(i -> settings.rememberLogin("cs" + i, "admin"));

        List<KnownServer> known = settings.knownServers();
        assertThat(known).hasSize(AppSettings.MAX_KNOWN_SERVERS);
        assertThat(known.get(0).server()).isEqualTo("cs12");
        assertThat(known.get(9).server()).isEqualTo("cs3");
    }

    @Test
    void forgetLastLoginKeepsKnownServers() {
        settings.rememberLogin("cs01", "admin");
        settings.forgetLastLogin();

        assertThat(settings.lastServer()).isEmpty();
        assertThat(settings.lastUser()).isEmpty();
        assertThat(settings.knownServers()).containsExactly(new KnownServer("cs01", "admin"));
    }

    @Test
    void rememberMeCanBeTurnedOffAndStaysOff() {
        settings.setRememberMe(false);
        assertThat(new AppSettings(node).rememberMe()).isFalse();
    }

    @Test
    void deviceIdIsAUuidThatStaysTheSameAcrossInstances() {
        String id = settings.deviceId();

        assertThat(UUID.fromString(id)).hasToString(id);
        assertThat(new AppSettings(node).deviceId()).isEqualTo(id);
    }

    @Test
    void eachInstallationGetsItsOwnDeviceId() {
        AppSettings other = new AppSettings(node.node("other-installation"));
        assertThat(other.deviceId()).isNotEqualTo(settings.deviceId());
    }

    @Test
    void genericValuesRoundTripAndNullRemoves() {
        settings.put("window.width", "1280");
        assertThat(new AppSettings(node).get("window.width")).contains("1280");

        settings.put("window.width", null);
        assertThat(settings.get("window.width")).isEmpty();
    }

    @Test
    void genericValuesCannotOverwriteTheLastLogin() {
        settings.rememberLogin("cs01", "admin");
        settings.put("lastServer", "evil");

        assertThat(settings.lastServer()).contains("cs01");
        assertThat(settings.get("lastServer")).contains("evil");
    }

    @Test
    void everyWriteIsFlushed() {
        CountingPreferences memory = new CountingPreferences();
        AppSettings counted = new AppSettings(memory);

        counted.rememberLogin("cs01", "admin");
        counted.setRememberMe(false);
        counted.put("window.x", "10");
        counted.forgetLastLogin();
        counted.deviceId();

        assertThat(memory.flushes).isEqualTo(5);
    }

    @Test
    void aBrokenBackingStoreDoesNotCrashTheApp() {
        CountingPreferences memory = new CountingPreferences();
        memory.backingStoreBroken = true;
        AppSettings broken = new AppSettings(memory);

        broken.rememberLogin("cs01", "admin");
        broken.setRememberMe(false);
        broken.put("window.x", "10");

        assertThat(broken.lastServer()).contains("cs01"); // still known for this run
        assertThat(broken.rememberMe()).isFalse();
    }

    @Test
    void aDamagedKnownServerListReadsAsEmpty() {
        node.put("knownServers", "not json [");
        assertThat(settings.knownServers()).isEmpty();

        settings.rememberLogin("cs01", "admin");
        assertThat(settings.knownServers()).containsExactly(new KnownServer("cs01", "admin"));
    }

    @Test
    void blankServerOrUserIsRejected() {
        assertThatThrownBy(() -> settings.rememberLogin(" ", "admin")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> settings.rememberLogin("cs01", "")).isInstanceOf(IllegalArgumentException.class);
        assertThat(settings.lastServer()).isEmpty();
    }

    @Test
    void userDefaultHonoursTheNodeProperty() {
        String before = System.getProperty(AppSettings.NODE_PROPERTY);
        System.setProperty(AppSettings.NODE_PROPERTY, node.absolutePath());
        try {
            settings.rememberLogin("cs01", "admin");
            assertThat(AppSettings.userDefault().lastServer()).contains("cs01");
        } finally {
            ConfigDirTest.restore(AppSettings.NODE_PROPERTY, before);
        }
    }
}

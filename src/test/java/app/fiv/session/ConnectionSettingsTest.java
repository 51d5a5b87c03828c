package app.fiv.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.fiv.api.ClientTimeouts;
import app.fiv.api.WireFormat;
import app.fiv.settings.AppSettings;
import java.util.UUID;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ConnectionSettingsTest {
    private Preferences node;
    private AppSettings settings;
    private ConnectionSettings connection;

    @BeforeEach
    void setUp() {
        node = Preferences.userRoot().node("fiv-connection-test-" + UUID.randomUUID());
        settings = new AppSettings(node);
        connection = new ConnectionSettings(settings);
    }

    @AfterEach
    void tearDown() throws Exception {
        node.removeNode();
    }

    @Test
    void formatIsJsonUntilChosenAndIsKeptPerServer() {
        assertThat(connection.formatFor("https://cs1.example.com:443")).isEqualTo(WireFormat.JSON);

        connection.setFormat("https://cs1.example.com:443", WireFormat.XML);

        assertThat(new ConnectionSettings(settings).formatFor("https://CS1.example.com:443")).isEqualTo(WireFormat.XML);
        assertThat(connection.formatFor("https://cs2.example.com:443")).isEqualTo(WireFormat.JSON);
        connection.setFormat("https://cs1.example.com:443", WireFormat.JSON);
        assertThat(connection.formatFor("https://cs1.example.com:443")).isEqualTo(WireFormat.JSON);
    }

    @Test
    void timeoutsAreRememberedAndDamagedValuesFallBackToTheDefaults() {
        assertThat(connection.timeouts()).isEqualTo(ClientTimeouts.DEFAULTS);

        connection.setTimeouts(ClientTimeouts.ofSeconds(5, 300, 30));
        assertThat(new ConnectionSettings(settings).timeouts()).isEqualTo(ClientTimeouts.ofSeconds(5, 300, 30));

        settings.put("timeouts", "5 abc 30");
        assertThat(connection.timeouts()).isEqualTo(ClientTimeouts.DEFAULTS);
        settings.put("timeouts", "0 120 60");
        assertThat(connection.timeouts()).isEqualTo(ClientTimeouts.DEFAULTS);
    }

    @Test
    void timeoutsOutsideOneSecondToOneHourAreRefusedWithTheirName() {
        assertThatThrownBy(() -> ClientTimeouts.ofSeconds(10, 0, 60))
                .hasMessage("The answer timeout must be between 1 and 3600 seconds, not 0.");
        assertThatThrownBy(() -> ClientTimeouts.ofSeconds(10, 120, 3601))
                .hasMessageContaining("stall timeout");
    }
}

package app.fiv.ui.connection;

import static org.assertj.core.api.Assertions.assertThat;

import app.fiv.api.ClientTimeouts;
import app.fiv.session.ConnectionSettings;
import app.fiv.settings.AppSettings;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TimeoutsViewModelTest {
    private Preferences preferences;
    private ConnectionSettings settings;

    @BeforeEach
    void setUp() {
        preferences = Preferences.userRoot().node("app/fiv/tests/timeouts-" + System.nanoTime());
        settings = new ConnectionSettings(new AppSettings(preferences));
    }

    @AfterEach
    void tearDown() throws Exception {
        preferences.removeNode();
    }

    @Test
    void showsTheSavedTimeoutsAndSavesWhatIsTyped() {
        settings.setTimeouts(ClientTimeouts.ofSeconds(5, 200, 40));
        TimeoutsViewModel form = new TimeoutsViewModel(settings);
        assertThat(form.answerProperty().get()).isEqualTo("200");

        form.connectProperty().set(" 3 ");
        form.stallProperty().set("90");

        assertThat(form.save()).isTrue();
        assertThat(settings.timeouts()).isEqualTo(ClientTimeouts.ofSeconds(3, 200, 90));
    }

    @Test
    void badInputNamesTheFieldAndIsNeverSaved() {
        TimeoutsViewModel form = new TimeoutsViewModel(settings);
        for (String bad : new String[] {"", "abc", "-5", "0", "1.5", "3601", "99999999999"}) {
            form.stallProperty().set(bad);
            assertThat(form.validBinding().get()).as(bad).isFalse();
            assertThat(form.problemBinding().get()).as(bad)
                    .isEqualTo("The stall timeout must be a whole number of seconds from 1 to 3600.");
            assertThat(form.save()).isFalse();
        }
        assertThat(settings.timeouts()).isEqualTo(ClientTimeouts.DEFAULTS);
    }

    @Test
    void restoreDefaultsFillsInTheDefaultsWithoutSaving() {
        settings.setTimeouts(ClientTimeouts.ofSeconds(5, 200, 40));
        TimeoutsViewModel form = new TimeoutsViewModel(settings);

        form.restoreDefaults();

        assertThat(form.connectProperty().get()).isEqualTo("10");
        assertThat(form.answerProperty().get()).isEqualTo("120");
        assertThat(form.stallProperty().get()).isEqualTo("60");
        assertThat(settings.timeouts()).isEqualTo(ClientTimeouts.ofSeconds(5, 200, 40));
    }
}

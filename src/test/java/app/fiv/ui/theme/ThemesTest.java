package app.fiv.ui.theme;

import static org.assertj.core.api.Assertions.assertThat;

import app.fiv.settings.AppSettings;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.prefs.Preferences;
import javafx.application.Application;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** A theme whose stylesheet the build left out gives JavaFX's default look, a warning, and no exception. */
class ThemesTest {
    private final Preferences preferences = Preferences.userRoot().node("app/fiv/tests/" + System.nanoTime());
    private final AppSettings settings = new AppSettings(preferences);
    private final Logger log = Logger.getLogger(Themes.class.getName());
    private final List<LogRecord> records = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            records.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void listen() {
        log.addHandler(capture);
    }

    @AfterEach
    void cleanUp() throws Exception {
        log.removeHandler(capture);
        preferences.removeNode();
        onFxThread(() -> Application.setUserAgentStylesheet(Theme.LIGHT.stylesheet().orElseThrow()));
    }

    @Test
    void theShippedThemeIsApplied() throws Exception {
        Themes themes = new Themes(settings);
        onFxThread(themes::applyCurrent);
        assertThat(Application.getUserAgentStylesheet()).endsWith("/app/fiv/ui/theme/primer-light.css");
        assertThat(records).isEmpty();
    }

    @Test
    void aMissingStylesheetGivesTheDefaultLookAndAWarning() throws Exception {
        onFxThread(() -> Application.setUserAgentStylesheet(Theme.DARK.stylesheet().orElseThrow()));
        Themes themes = new Themes(settings, theme -> Optional.empty());

        onFxThread(themes::applyCurrent);

        assertThat(Application.getUserAgentStylesheet()).as("null is JavaFX's default look, Modena").isNull();
        assertThat(records).singleElement().satisfies(record -> {
            assertThat(record.getLevel()).isEqualTo(Level.WARNING);
            assertThat(record.getMessage()).contains("app/fiv/ui/theme/primer-light.css").contains("default look");
        });
    }

    @Test
    void choosingAThemeWhoseStylesheetIsMissingKeepsTheChoiceAndTheDefaultLook() throws Exception {
        Themes themes = new Themes(settings, theme -> theme == Theme.DARK ? Optional.empty() : theme.stylesheet());
        onFxThread(themes::applyCurrent);

        onFxThread(() -> themes.themeProperty().set(Theme.DARK));

        assertThat(Application.getUserAgentStylesheet()).isNull();
        assertThat(settings.get(Themes.KEY)).contains("DARK");
        assertThat(records).singleElement().satisfies(record -> assertThat(record.getMessage()).contains("primer-dark.css"));
    }

    private static void onFxThread(Runnable action) throws Exception {
        WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(action));
    }
}

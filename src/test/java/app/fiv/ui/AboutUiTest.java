package app.fiv.ui;

import static app.fiv.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import app.fiv.Version;
import app.fiv.settings.AppSettings;
import app.fiv.settings.FileTokenStore;
import app.fiv.ui.app.AppContext;
import java.nio.file.Files;
import java.util.prefs.Preferences;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Help > About names the version from the pom, the licence and the libraries. */
@ExtendWith(ApplicationExtension.class)
class AboutUiTest {
    private final Preferences preferences = UiTestSupport.freshPreferences();
    private AppContext context;

    @Start
    void start(Stage stage) throws Exception {
        java.nio.file.Path folder = Files.createTempDirectory("fiv-ui-test");
        context = new AppContext(new AppSettings(preferences), new FileTokenStore(folder.resolve("tokens.json")))
                .withConfigFolder(folder.resolve("config"));
        context.start(stage, false);
    }

    @AfterEach
    void cleanUp() throws Exception {
        context.close();
        UiTestSupport.remove(preferences);
    }

    @Test
    void aboutShowsVersionLicenceAndLibraries(FxRobot robot) {
        waitUntil("the login dialog opens", () -> robot.lookup("#login-server").tryQuery().isPresent());
        robot.type(KeyCode.ESCAPE);
        waitUntil("the login dialog closes", () -> robot.lookup("#login-server").tryQuery().isEmpty());

        robot.clickOn("Help").clickOn("About Failed Items Viewer");

        waitUntil("the About dialog opens", () -> robot.lookup("#about-libraries").tryQuery().isPresent());
        DialogPane about = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(about.getHeaderText()).isEqualTo("Failed Items Viewer " + Version.current());
        assertThat(robot.lookup("#about-libraries").queryAs(TextArea.class).getText())
                .contains("JavaFX 21.0.12").contains("ControlsFX 11.2.4").contains("Jackson 2.23.0");
        assertThat(robot.lookup(".dialog-pane .label").queryAllAs(javafx.scene.control.Label.class))
                .anyMatch(label -> label.getText().contains("Apache License 2.0"));
    }
}

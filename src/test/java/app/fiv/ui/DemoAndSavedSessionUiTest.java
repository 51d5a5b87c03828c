package app.fiv.ui;

import static app.fiv.ui.UiTestSupport.text;
import static app.fiv.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import app.fiv.api.CommServeClient;
import app.fiv.demo.DemoCommServe;
import app.fiv.session.Clients;
import app.fiv.session.SessionStore;
import app.fiv.settings.AppSettings;
import app.fiv.settings.FileTokenStore;
import app.fiv.testing.DemoLogins;
import app.fiv.testing.TestClients;
import app.fiv.ui.app.AppContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.prefs.Preferences;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The demo server one click away, and a saved session that spares the next login. */
@ExtendWith(ApplicationExtension.class)
class DemoAndSavedSessionUiTest {
    private final Preferences preferences = UiTestSupport.freshPreferences();
    private Path tokens;
    private Stage stage;
    private AppContext context;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        tokens = Files.createTempDirectory("fiv-ui-test").resolve("tokens.json");
    }

    @AfterEach
    void cleanUp() throws Exception {
        if (context != null) {
            context.close();
        }
        UiTestSupport.remove(preferences);
    }

    private void startApp(FxRobot robot) {
        context = new AppContext(new AppSettings(preferences), new FileTokenStore(tokens))
                .withConfigFolder(tokens.resolveSibling("config"));
        robot.interact(() -> context.start(stage, false));
    }

    @Test
    void theDemoServerIsOneClickAway(FxRobot robot) {
        startApp(robot);
        waitUntil("the login dialog opens", () -> robot.lookup("#login-demo").tryQuery().isPresent());

        robot.clickOn("#login-demo");

        waitUntil("logged in to the demo", () -> text(robot, "#connection").startsWith("demo @ 127.0.0.1:"));
        waitUntil("the dialog closes", () -> robot.lookup("#login-demo").tryQuery().isEmpty());
        assertThat(text(robot, "#welcome")).contains("Demo jobs: 1001 and 1002");
        assertThat(tokens).as("demo sessions are not saved").doesNotExist();
    }

    @Test
    void aSavedSessionThatStillWorksNeedsNoLogin(FxRobot robot) throws Exception {
        try (DemoCommServe demo = DemoCommServe.start()) {
            CommServeClient client = TestClients.json("ui-test");
            SessionStore sessions = new SessionStore(new AppSettings(preferences), new FileTokenStore(tokens), Clients.of(client));
            sessions.remember(DemoLogins.logIn(client, demo), true);

            startApp(robot);

            waitUntil("the saved session is back", () -> text(robot, "#connection").startsWith("demo @"));
            assertThat(text(robot, "#status-message")).isEqualTo("Logged in as demo (saved session).");
            assertThat(robot.lookup("#login-server").tryQuery()).as("no login dialog").isEmpty();
            assertThat(Window.getWindows()).hasSize(1);
        }
    }

    @Test
    void anExpiredSavedSessionOpensTheLoginWithTheReason(FxRobot robot) throws Exception {
        try (DemoCommServe demo = DemoCommServe.start()) {
            CommServeClient client = TestClients.json("ui-test");
            SessionStore sessions = new SessionStore(new AppSettings(preferences), new FileTokenStore(tokens), Clients.of(client));
            sessions.remember(DemoLogins.logIn(client, demo), true);
            demo.expireAllTokens();

            startApp(robot);

            waitUntil("the login dialog opens", () -> robot.lookup("#login-error").tryQuery().isPresent()
                    && !text(robot, "#login-error").isEmpty());
            assertThat(text(robot, "#login-error")).contains("has expired. Log in again.");
            assertThat(robot.lookup("#login-server").queryTextInputControl().getText())
                    .isEqualTo(demo.webServiceUrl().toString());
            assertThat(robot.lookup("#login-user").queryTextInputControl().getText()).isEqualTo("demo");
        }
    }
}

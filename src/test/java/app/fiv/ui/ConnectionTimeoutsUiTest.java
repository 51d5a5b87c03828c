package app.fiv.ui;

import static app.fiv.ui.UiTestSupport.text;
import static app.fiv.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import app.fiv.api.ClientTimeouts;
import app.fiv.session.ConnectionSettings;
import app.fiv.settings.AppSettings;
import app.fiv.ui.app.AppContext;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** File > Connection timeouts: a wrong value is named and cannot be saved; a right one is kept. */
@ExtendWith(ApplicationExtension.class)
class ConnectionTimeoutsUiTest {
    private final TestApp app = new TestApp();
    private AppContext context;

    @Start
    void start(Stage stage) {
        context = app.context();
        context.start(stage, false);
    }

    @AfterEach
    void cleanUp() throws Exception {
        app.close();
    }

    @Test
    void aBadValueIsExplainedAndAGoodOneSaved(FxRobot robot) {
        waitUntil("the login dialog opens", () -> robot.lookup("#login-server").tryQuery().isPresent());
        robot.type(KeyCode.ESCAPE);
        waitUntil("the login dialog closes", () -> robot.lookup("#login-server").tryQuery().isEmpty());

        robot.clickOn("File").clickOn("#menu-timeouts");
        waitUntil("the timeouts dialog opens", () -> robot.lookup("#timeout-stall").tryQuery().isPresent());
        assertThat(robot.lookup("#timeout-answer").queryTextInputControl().getText()).isEqualTo("120");

        robot.doubleClickOn("#timeout-stall").eraseText(4).write("0");
        waitUntil("the problem is named", () -> robot.lookup("#timeouts-problem").tryQuery().isPresent()
                && !text(robot, "#timeouts-problem").isEmpty());
        assertThat(text(robot, "#timeouts-problem"))
                .isEqualTo("The stall timeout must be a whole number of seconds from 1 to 3600.");
        Button ok = (Button) robot.lookup(".dialog-pane").queryAs(DialogPane.class).lookupButton(ButtonType.OK);
        assertThat(ok.isDisabled()).isTrue();

        robot.write("5");
        waitUntil("the problem goes", () -> !ok.isDisabled());
        robot.clickOn(ok);

        waitUntil("the dialog closes", () -> robot.lookup("#timeout-stall").tryQuery().isEmpty());
        assertThat(new ConnectionSettings(new AppSettings(app.preferences)).timeouts())
                .isEqualTo(ClientTimeouts.ofSeconds(10, 120, 5));
        assertThat(text(robot, "#status-message")).startsWith("Connection timeouts saved");
    }
}

package app.fiv.ui;

import static app.fiv.ui.UiTestSupport.table;
import static app.fiv.ui.UiTestSupport.text;
import static app.fiv.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import app.fiv.demo.AccessTokenPair;
import app.fiv.demo.DemoCommServe;
import app.fiv.demo.DemoJobs;
import app.fiv.ui.app.AppContext;
import java.nio.file.Files;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The login dialog's access token mode, driven through the real window: log in with a pair, renew, log out. */
@ExtendWith(ApplicationExtension.class)
class AccessTokenUiTest {
    private static DemoCommServe demo;
    private final TestApp app = new TestApp();

    @BeforeAll
    static void startDemo() throws Exception {
        demo = DemoCommServe.start();
    }

    @AfterAll
    static void stopDemo() {
        demo.close();
    }

    @Start
    void start(Stage stage) throws Exception {
        AppContext context = app.context();
        context.start(stage, false);
    }

    @AfterEach
    void cleanUp() throws Exception {
        app.close();
    }

    private static boolean shown(FxRobot robot, String id) {
        return robot.lookup(id).tryQuery().filter(UiTestSupport::treeVisible).isPresent();
    }

    /** The label shows all of its text (no "…") and lies inside the dialog. */
    private static void assertWhole(FxRobot robot, String id) {
        Labeled label = robot.lookup(id).queryAs(Labeled.class);
        Text drawn = (Text) label.lookup(".text");
        assertThat(drawn.getText()).as(id + " is not cut off").isEqualTo(label.getText());
        DialogPane pane = (DialogPane) label.getScene().getRoot();
        Bounds inPane = pane.sceneToLocal(label.localToScene(label.getBoundsInLocal()));
        assertThat(inPane.getMaxX()).as(id + " fits the dialog's width").isLessThanOrEqualTo(pane.getWidth());
        assertThat(inPane.getMaxY()).as(id + " fits the dialog's height").isLessThanOrEqualTo(pane.getHeight());
    }

    private static void paste(FxRobot robot, String id, String text) {
        TextField field = robot.lookup(id).queryAs(TextField.class);
        robot.clickOn(field);
        robot.interact(() -> field.setText(text)); // what Ctrl+V does, without a system clipboard
    }

    @Test
    void logInWithAPastedPairFetchAfterItsRenewalAndLogOut(FxRobot robot) throws Exception {
        waitUntil("the login dialog opens", () -> robot.lookup("#login-server").tryQuery().isPresent());
        assertThat(shown(robot, "#login-password")).isTrue();
        assertThat(shown(robot, "#login-access-token")).isFalse();

        robot.clickOn("#login-mode-token");
        waitUntil("the token fields show", () -> shown(robot, "#login-access-token"));
        assertThat(shown(robot, "#login-refresh-token")).isTrue();
        assertThat(shown(robot, "#login-user")).as("the server names the user").isFalse();
        assertThat(shown(robot, "#login-password")).isFalse();
        assertWhole(robot, "#login-token-note");
        assertWhole(robot, "#login-remember");
        assertThat(text(robot, "#login-remember")).contains("access token pair");
        assertThat(text(robot, "#login-token-note")).contains("Manage → Security → Users → your user → Access tokens");

        AccessTokenPair pair = demo.issueAccessToken();
        robot.clickOn("#login-server").write(demo.webServiceUrl().toString());
        paste(robot, "#login-access-token", pair.toJson()); // the whole {"accessToken": …} line fills both
        assertThat(robot.lookup("#login-refresh-token").queryAs(TextField.class).getText()).isEqualTo(pair.refreshToken());
        robot.clickOn("Log in");

        waitUntil("logged in with the access token", () -> text(robot, "#connection").startsWith("demo @"));
        assertThat(Files.readString(app.tokens)).as("remember me kept the pair").contains(pair.refreshToken());
        robot.press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
        robot.write(Long.toString(DemoJobs.LIST_SAMPLE)).type(KeyCode.ENTER);
        waitUntil("job 1001 is shown", () -> table(robot).getItems().size() == 2);

        demo.expireAccessTokens();
        robot.type(KeyCode.F5);
        waitUntil("the refresh after the renewal", () -> demo.accessTokenRenewals() == 1
                && text(robot, "#status-message").startsWith("Fetched 2 failed items"));
        assertThat(Files.readString(app.tokens)).as("the renewed pair replaced the saved one")
                .doesNotContain(pair.refreshToken()).contains("refreshToken");
        assertThat(text(robot, "#error-message")).isEmpty();

        robot.clickOn("File").clickOn("Log out");
        waitUntil("logged out", () -> text(robot, "#status-message").startsWith("Logged out of 127.0.0.1."));
        assertThat(text(robot, "#status-message")).contains("delete it in Command Center");
        assertThat(Files.exists(app.tokens) && Files.readString(app.tokens).contains("refreshToken")).isFalse();
    }

    @Test
    void aRefusedRenewalOpensTheDialogInAccessTokenModeWithTheWholeReason(FxRobot robot) throws Exception {
        waitUntil("the login dialog opens", () -> robot.lookup("#login-server").tryQuery().isPresent());
        robot.clickOn("#login-mode-token");
        robot.clickOn("#login-server").write(demo.webServiceUrl().toString());
        paste(robot, "#login-access-token", demo.issueAccessToken().toJson());
        robot.clickOn("Log in");
        waitUntil("logged in with the access token", () -> text(robot, "#connection").startsWith("demo @"));
        demo.expireAccessTokens();
        demo.reachRenewableLimit();

        robot.press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
        robot.write(Long.toString(DemoJobs.LINUX_SERVER)).type(KeyCode.ENTER);

        waitUntil("the login dialog asks for a new pair", () -> shown(robot, "#login-error")
                && text(robot, "#login-error").startsWith("This access token can no longer be renewed"));
        assertThat(text(robot, "#login-error")).contains("Manage → Security → Users → demo → Access tokens")
                .endsWith("fetch job " + DemoJobs.LINUX_SERVER + ".");
        assertThat(shown(robot, "#login-access-token")).as("in access token mode").isTrue();
        assertThat(robot.lookup("#login-access-token").queryAs(TextField.class).getText()).isEmpty();
        WaitForAsyncUtils.waitForFxEvents();
        assertWhole(robot, "#login-error");
        assertWhole(robot, "#login-remember");
    }

    @Test
    void theReasonForAPasswordLoginIsShownWholeToo(FxRobot robot) throws Exception {
        try (DemoCommServe own = DemoCommServe.start()) {
            UiTestSupport.submitLogin(robot, own);
            waitUntil("logged in with the password", () -> text(robot, "#connection").startsWith("demo @"));
            own.expireAllTokens();
            own.setRenewalEnabled(false);

            robot.press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
            robot.write(Long.toString(DemoJobs.LINUX_SERVER)).type(KeyCode.ENTER);

            waitUntil("the login dialog asks for the password", () -> shown(robot, "#login-error")
                    && text(robot, "#login-error").contains("could not be renewed"));
            WaitForAsyncUtils.waitForFxEvents();
            assertWhole(robot, "#login-error");
        }
    }

    @Test
    void switchingBackToPasswordShowsThePasswordFormWhole(FxRobot robot) {
        waitUntil("the login dialog opens", () -> robot.lookup("#login-server").tryQuery().isPresent());
        robot.clickOn("#login-mode-token");
        waitUntil("the token fields show", () -> shown(robot, "#login-access-token"));

        robot.clickOn("#login-mode-password");

        waitUntil("the password fields show", () -> shown(robot, "#login-password"));
        assertThat(shown(robot, "#login-user")).isTrue();
        assertThat(shown(robot, "#login-token-note")).isFalse();
        assertWhole(robot, "#login-remember");
        assertThat(text(robot, "#login-remember")).contains("never the password");
        Node dialog = robot.lookup("#login-password").query().getScene().getRoot();
        assertThat(dialog).isInstanceOf(DialogPane.class);
    }
}

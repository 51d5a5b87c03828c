package app.fiv.ui;

import static app.fiv.ui.UiTestSupport.assertShown;
import static app.fiv.ui.UiTestSupport.headers;
import static app.fiv.ui.UiTestSupport.table;
import static app.fiv.ui.UiTestSupport.text;
import static app.fiv.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import app.fiv.ui.app.AppContext;
import app.fiv.demo.DemoCommServe;
import app.fiv.demo.DemoJobs;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Logs in through the dialog and fetches jobs of both shapes, as an admin would. */
@ExtendWith(ApplicationExtension.class)
class LoginAndFetchUiTest {
    private static DemoCommServe demo;
    private final TestApp app = new TestApp();
    private AppContext context;

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
        context = app.context();
        context.start(stage, false);
    }

    @AfterEach
    void cleanUp() throws Exception {
        app.close();
    }

    private void logIn(FxRobot robot) {
        UiTestSupport.submitLogin(robot, demo);
        waitUntil("the dialog closes after logging in", () -> robot.lookup("#login-server").tryQuery().isEmpty());
    }

    private void fetch(FxRobot robot, String jobId) {
        robot.clickOn("#job-id").eraseText(12).write(jobId).type(KeyCode.ENTER);
    }

    @Test
    void logInThenSeeBothShapesOfFailedItems(FxRobot robot) throws Exception {
        logIn(robot);
        assertThat(text(robot, "#connection")).isEqualTo("demo @ 127.0.0.1:" + demo.port());
        assertThat(Files.exists(app.tokens)).as("remember me saved the token").isTrue();

        fetch(robot, String.valueOf(DemoJobs.LIST_SAMPLE));
        waitUntil("job 1001 is shown", () -> table(robot).getItems().size() == 2);
        assertThat(headers(robot)).containsExactly("failureReason", "entity");
        assertShown(robot, "C:\\Users\\Administrator\\Desktop\\BackupFolder\\RestrictedFolder\\1.txt");
        assertThat(text(robot, "#job-title")).startsWith("Job " + DemoJobs.LIST_SAMPLE);
        assertThat(text(robot, "#row-count")).isEqualTo("2 rows");

        fetch(robot, String.valueOf(DemoJobs.CSV_SAMPLE));
        waitUntil("job 1002 is shown", () -> headers(robot).size() == 7);
        assertThat(headers(robot)).containsExactly("Item Type", "Item Name", "Team Name", "Path", "Status", "Reason", "GUID");
        assertShown(robot, "WikiTestTeam1");
        assertShown(robot, "\\WikiTestTeam1");
        assertThat(text(robot, "#row-count")).isEqualTo("1 row");
    }

    @Test
    void badJobIdsShowAMessageAndKeepTheTable(FxRobot robot) {
        logIn(robot);
        fetch(robot, String.valueOf(DemoJobs.LIST_SAMPLE));
        waitUntil("job 1001 is shown", () -> table(robot).getItems().size() == 2);

        fetch(robot, "0");
        waitUntil("a message about job 0", () -> !text(robot, "#error-message").isEmpty());
        assertThat(text(robot, "#error-message")).contains("Job ID 0 does not exist");

        fetch(robot, String.valueOf(DemoJobs.MISSING));
        waitUntil("the not-found message", () -> text(robot, "#error-message").contains("was not found"));
        assertThat(text(robot, "#error-message")).isEqualTo("Job " + DemoJobs.MISSING + " was not found on 127.0.0.1. Check the job ID.");
        assertThat(table(robot).getItems()).hasSize(2);
        assertThat(text(robot, "#job-title")).startsWith("Job " + DemoJobs.LIST_SAMPLE);
    }

    @Test
    void lettersCannotBeTypedIntoTheJobId(FxRobot robot) {
        logIn(robot);
        robot.clickOn("#job-id").write("12ab3");

        assertThat(robot.lookup("#job-id").queryTextInputControl().getText()).isEqualTo("123");
    }

    @Test
    void aWrongPasswordIsShownInTheDialog(FxRobot robot) {
        waitUntil("the login dialog opens", () -> robot.lookup("#login-server").tryQuery().isPresent());
        robot.clickOn("#login-server").write(demo.webServiceUrl().toString());
        robot.clickOn("#login-user").write(DemoCommServe.USER);
        robot.clickOn("#login-password").write("not-the-password");
        robot.clickOn("Log in");

        waitUntil("the error shows", () -> !text(robot, "#login-error").isEmpty());
        assertThat(text(robot, "#login-error")).startsWith("Invalid username or password");
        Color fill = (Color) robot.lookup("#login-error").queryAs(Label.class).getTextFill();
        assertThat(fill.getRed()).as("the error is drawn in the theme's danger colour").isGreaterThan(fill.getGreen() + 0.2);
        assertThat(Window.getWindows()).hasSize(2);
    }

    @Test
    void afterLoggingInAgainTheStatusBarTellsOfTheRetriedFetch(FxRobot robot) {
        logIn(robot);
        demo.expireAllTokens();
        demo.setRenewalEnabled(false);
        try {
            fetch(robot, String.valueOf(DemoJobs.LIST_SAMPLE));
            waitUntil("the login dialog asks for the password", () -> robot.lookup("#login-password").tryQuery().isPresent());
            demo.setRenewalEnabled(true);
            robot.clickOn("#login-password").write(DemoCommServe.PASSWORD);
            robot.clickOn("Log in");

            waitUntil("the retried fetch shows job 1001", () -> table(robot).getItems().size() == 2
                    && !context.model().busyBinding().get());
            assertThat(text(robot, "#status-message")).startsWith("Fetched 2 failed items of job " + DemoJobs.LIST_SAMPLE);
        } finally {
            demo.setRenewalEnabled(true);
        }
    }
}

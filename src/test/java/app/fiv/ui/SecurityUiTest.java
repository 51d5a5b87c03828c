package app.fiv.ui;

import static app.fiv.ui.UiTestSupport.table;
import static app.fiv.ui.UiTestSupport.text;
import static app.fiv.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import app.fiv.demo.DemoCommServe;
import app.fiv.demo.DemoJobs;
import app.fiv.settings.AppSettings;
import app.fiv.settings.ServerTrustSettings;
import app.fiv.testing.TestTls;
import app.fiv.ui.app.AppContext;
import java.nio.file.Files;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The certificate question and logging out, driven through the real window and dialogs. */
@ExtendWith(ApplicationExtension.class)
class SecurityUiTest {
    private static TestTls tls;
    private static DemoCommServe https;
    private static DemoCommServe plain;
    private static TestTls otherHost;
    private static DemoCommServe otherHostHttps;
    private final TestApp app = new TestApp();
    private AppContext context;

    @BeforeAll
    static void startServers() throws Exception {
        tls = TestTls.create(Files.createTempDirectory("fiv-ui-tls"));
        https = DemoCommServe.startHttps(tls.serverContext);
        plain = DemoCommServe.start();
        otherHost = TestTls.create(Files.createTempDirectory("fiv-ui-tls-other"), TestTls.Leaf.OTHER_HOST);
        otherHostHttps = DemoCommServe.startHttps(otherHost.serverContext);
    }

    @AfterAll
    static void stopServers() {
        https.close();
        plain.close();
        otherHostHttps.close();
    }

    @Start
    void start(Stage stage) throws Exception {
        // No fake dialogs: the real certificate dialog is under test.
        context = app.context();
        context.start(stage, false);
    }

    @AfterEach
    void cleanUp() throws Exception {
        app.close();
    }

    private String field(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(TextField.class).getText();
    }

    @Test
    void anUntrustedCertificateIsShownAndTrustedForThatServerOnClick(FxRobot robot) {
        UiTestSupport.submitLogin(robot, https);

        waitUntil("the certificate dialog opens", () -> robot.lookup("#cert-fingerprint").tryQuery().isPresent());
        assertThat(field(robot, "#cert-fingerprint")).isEqualTo(tls.serverFingerprint);
        assertThat(field(robot, "#cert-subject")).isEqualTo("CN=localhost");
        assertThat(field(robot, "#cert-issuer")).isEqualTo("CN=FIV Test CA");
        assertThat(field(robot, "#cert-validity")).startsWith("from ").contains(" until ");
        DialogPane pane = (DialogPane) robot.lookup("#cert-fingerprint").query().getScene().getRoot();
        assertThat(pane.getHeaderText()).contains("is not trusted").contains("https://127.0.0.1:" + https.port());

        robot.clickOn("Trust for this server");

        waitUntil("logged in over HTTPS", () -> text(robot, "#connection").equals("demo @ 127.0.0.1:" + https.port()));
        assertThat(new ServerTrustSettings(new AppSettings(app.preferences)).of("https://127.0.0.1:" + https.port()))
                .contains(new ServerTrustSettings.Pinned(tls.serverFingerprint));
    }

    /** Issue 13: a trusted CA's certificate for another name is shown as what an attacker's certificate looks like. */
    @Test
    void aCertificateForAnotherNameIsShownAsAnAttackersCertificateLooks(FxRobot robot) {
        String origin = "https://127.0.0.1:" + otherHostHttps.port();
        new ServerTrustSettings(new AppSettings(app.preferences)).useCaFile(origin, otherHost.caPem);

        UiTestSupport.submitLogin(robot, otherHostHttps);

        waitUntil("the certificate dialog opens", () -> robot.lookup("#cert-fingerprint").tryQuery().isPresent());
        DialogPane pane = (DialogPane) robot.lookup("#cert-fingerprint").query().getScene().getRoot();
        assertThat(pane.getHeaderText()).isEqualTo("The certificate of " + origin
                + " is not valid for it: a trusted authority issued it for DNS:other.example.com.");
        assertThat(robot.lookup("#cert-warning").queryAs(Labeled.class).getText())
                .startsWith("This is what an attacker's certificate looks like: a real certificate from a trusted"
                        + " authority, issued for another name than this server's.");
        assertThat(field(robot, "#cert-fingerprint")).isEqualTo(otherHost.serverFingerprint);

        robot.type(KeyCode.ENTER); // Cancel stays the default

        waitUntil("the login error shows", () -> text(robot, "#login-error").contains("not for 127.0.0.1"));
        assertThat(new ServerTrustSettings(new AppSettings(app.preferences)).of(origin))
                .contains(new ServerTrustSettings.CaFile(otherHost.caPem));
    }

    @Test
    void cancellingTheCertificateDialogTrustsNothingAndShowsWhy(FxRobot robot) {
        UiTestSupport.submitLogin(robot, https);
        waitUntil("the certificate dialog opens", () -> robot.lookup("#cert-fingerprint").tryQuery().isPresent());

        robot.type(KeyCode.ENTER); // Cancel is the default button: Enter never trusts

        waitUntil("the login error shows", () -> text(robot, "#login-error").contains(tls.serverFingerprint));
        assertThat(text(robot, "#connection")).isEqualTo("Not logged in");
        assertThat(new ServerTrustSettings(new AppSettings(app.preferences)).of("https://127.0.0.1:" + https.port())).isEmpty();
    }

    @Test
    void logOutFromTheFileMenuEndsTheSessionAndForgetsTheToken(FxRobot robot) throws Exception {
        UiTestSupport.submitLogin(robot, plain);
        waitUntil("logged in", () -> text(robot, "#connection").startsWith("demo @"));
        String token = Files.readString(app.tokens);
        assertThat(token).contains("QSDK");
        robot.clickOn("#job-id").write(String.valueOf(DemoJobs.LIST_SAMPLE)).type(KeyCode.ENTER);
        waitUntil("job 1001 is shown", () -> table(robot).getItems().size() == 2);

        robot.clickOn("File").clickOn("Log out");

        waitUntil("logged out", () -> text(robot, "#status-message").startsWith("Logged out of 127.0.0.1"));
        assertThat(text(robot, "#connection")).isEqualTo("Not logged in");
        assertThat(robot.lookup("#failed-items-table").match(UiTestSupport::treeVisible).tryQuery()).isEmpty();
        assertThat(plain.requests()).anyMatch(r -> r.path().endsWith("/Logout") && r.header("Authtoken") != null);
        assertThat(Files.exists(app.tokens) ? Files.readString(app.tokens) : "").doesNotContain("QSDK");
    }

    @Test
    void closingTheAppKeepsARememberedToken(FxRobot robot) throws Exception {
        UiTestSupport.submitLogin(robot, plain);
        waitUntil("logged in", () -> text(robot, "#connection").startsWith("demo @"));
        String saved = Files.readString(app.tokens);
        long logouts = plain.requests().stream().filter(r -> r.path().endsWith("/Logout")).count();

        robot.interact(() -> robot.targetWindow().hide());
        context.close();

        assertThat(Files.readString(app.tokens)).isEqualTo(saved).contains("QSDK");
        assertThat(plain.requests().stream().filter(r -> r.path().endsWith("/Logout")).count()).isEqualTo(logouts);
    }

    @Test
    void theLoginOffersTheServersUsedBeforeAndPickingOneFillsInItsUser(FxRobot robot) {
        waitUntil("the login dialog opens", () -> robot.lookup("#login-server").tryQuery().isPresent());
        robot.type(KeyCode.ESCAPE);
        waitUntil("the login dialog closes", () -> robot.lookup("#login-server").tryQuery().isEmpty());
        AppSettings settings = new AppSettings(app.preferences);
        settings.rememberLogin("https://cs-a.example.com/commandcenter/api", "alice");
        settings.rememberLogin("https://cs-b.example.com/webconsole/api", "bob");

        robot.clickOn("File").clickOn("Log in…");
        waitUntil("the login dialog opens", () -> robot.lookup("#login-server").tryQuery().isPresent());
        assertThat(field(robot, "#login-server")).isEqualTo("https://cs-b.example.com/webconsole/api");
        assertThat(field(robot, "#login-user")).isEqualTo("bob");

        robot.clickOn("#login-server-choice .arrow-button");
        waitUntil("the servers are listed", () -> robot.lookup(".combo-box-popup .list-cell").tryQuery().isPresent());
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell")
                .match((Labeled cell) -> "https://cs-a.example.com/commandcenter/api   (alice)".equals(cell.getText()))
                .queryAs(Labeled.class));

        assertThat(field(robot, "#login-server")).isEqualTo("https://cs-a.example.com/commandcenter/api");
        assertThat(field(robot, "#login-user")).isEqualTo("alice");
    }
}

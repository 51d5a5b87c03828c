package app.fiv.ui.login;

import static org.assertj.core.api.Assertions.assertThat;

import app.fiv.api.Credential;
import app.fiv.api.Session;
import app.fiv.demo.AccessTokenPair;
import app.fiv.demo.DemoCommServe;
import app.fiv.session.SavedCredentials;
import app.fiv.session.SessionStore;
import app.fiv.session.TrustedClients;
import app.fiv.settings.AppSettings;
import app.fiv.settings.FileTokenStore;
import app.fiv.ui.common.FakeDialogs;
import app.fiv.ui.task.DirectTaskExecutor;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The login form's two ways in: a password, or an access token pair (the user name then comes from the server). */
class AccessTokenLoginTest {
    @TempDir
    Path folder;
    private DemoCommServe demo;
    private Preferences preferences;
    private AppSettings settings;
    private FileTokenStore tokens;
    private final List<Session> loggedIn = new ArrayList<>();

    @BeforeEach
    void setUp() throws Exception {
        demo = DemoCommServe.start();
        preferences = Preferences.userRoot().node("app/fiv/tests/token-login-" + System.nanoTime());
        settings = new AppSettings(preferences);
        tokens = new FileTokenStore(folder.resolve("tokens.json"));
    }

    @AfterEach
    void tearDown() throws Exception {
        demo.close();
        preferences.removeNode();
    }

    /** A login form as the app builds it; a new one stands for the next time the dialog opens. */
    private LoginViewModel form(DemoServerLauncher launcher) {
        TrustedClients clients = new TrustedClients("token-login-test", settings);
        LoginViewModel form = new LoginViewModel(clients, new SessionStore(settings, tokens, clients), launcher,
                new DirectTaskExecutor(), new FakeDialogs());
        form.setOnLoggedIn(loggedIn::add);
        return form;
    }

    private LoginViewModel form() {
        return form(() -> {
            throw new AssertionError("no demo here");
        });
    }

    private LoginViewModel withPair(AccessTokenPair pair) {
        LoginViewModel form = form();
        form.serverProperty().set(demo.webServiceUrl().toString());
        form.modeProperty().set(LoginMode.ACCESS_TOKEN);
        form.accessTokenProperty().set(pair.accessToken());
        form.refreshTokenProperty().set(pair.refreshToken());
        return form;
    }

    @Test
    void eachModeNeedsItsOwnFieldsOnly() {
        LoginViewModel form = form();
        form.serverProperty().set(demo.webServiceUrl().toString());
        form.userProperty().set("demo");
        form.passwordProperty().set("x");
        assertThat(form.validBinding().get()).isTrue();

        form.modeProperty().set(LoginMode.ACCESS_TOKEN);
        assertThat(form.validBinding().get()).as("a password is no access token").isFalse();
        form.accessTokenProperty().set("abc");
        assertThat(form.validBinding().get()).isFalse();
        form.refreshTokenProperty().set("def");
        form.userProperty().set("");
        assertThat(form.validBinding().get()).as("no user name needed").isTrue();
    }

    @Test
    void aPastedPairLogsInAsTheUserTheServerNamesAndIsRememberedAsAPair() throws Exception {
        AccessTokenPair pair = demo.issueAccessToken();
        LoginViewModel form = withPair(pair);

        form.login();

        assertThat(form.errorProperty().get()).isEmpty();
        assertThat(loggedIn).singleElement().satisfies(session -> {
            assertThat(session.userName()).isEqualTo("demo");
            assertThat(session.credential()).isEqualTo(new Credential.AccessToken(pair.accessToken(), pair.refreshToken()));
        });
        assertThat(form.accessTokenProperty().get() + form.refreshTokenProperty().get()).as("fields cleared").isEmpty();
        assertThat(tokens.load(demo.webServiceUrl().toString(), "demo").flatMap(SavedCredentials::decode))
                .contains(loggedIn.get(0).credential());
        assertThat(demo.loginCount()).isZero();

        LoginViewModel next = form();
        assertThat(next.serverProperty().get()).isEqualTo(demo.webServiceUrl().toString());
        assertThat(next.modeProperty().get()).as("the way this server was logged in to").isEqualTo(LoginMode.ACCESS_TOKEN);
        next.serverProperty().set("other.example.com");
        assertThat(next.modeProperty().get()).as("a server typed in keeps the mode").isEqualTo(LoginMode.ACCESS_TOKEN);
    }

    @Test
    void pastingTheWholeJsonFillsInBothTokens() {
        AccessTokenPair pair = demo.issueAccessToken();
        LoginViewModel form = form();
        form.modeProperty().set(LoginMode.ACCESS_TOKEN);

        form.accessTokenProperty().set("  " + pair.toJson() + "\n");

        assertThat(form.accessTokenProperty().get()).isEqualTo(pair.accessToken());
        assertThat(form.refreshTokenProperty().get()).isEqualTo(pair.refreshToken());
    }

    @Test
    void aMalformedTokenIsRefusedBeforeAnythingIsSent() {
        LoginViewModel form = withPair(demo.issueAccessToken());
        form.accessTokenProperty().set("two words");

        form.login();

        assertThat(form.errorProperty().get()).contains("contains spaces").doesNotContain("two words");
        assertThat(loggedIn).isEmpty();
        assertThat(demo.requests()).isEmpty();
    }

    @Test
    void aDeadPairSaysWhatToDoAndLeavesTheFormAsItWas() throws Exception {
        AccessTokenPair pair = demo.issueAccessToken();
        demo.expireAccessTokens();
        demo.reachRenewableLimit();
        LoginViewModel form = withPair(pair);

        form.login();

        assertThat(loggedIn).isEmpty();
        assertThat(form.errorProperty().get()).startsWith("This access token can no longer be renewed")
                .contains("Manage → Security → Users → your user → Access tokens");
        assertThat(form.busyProperty().get()).isFalse();
    }

    @Test
    void theDemoLinkInAccessTokenModeLogsInWithAPairTheDemoHandsOut() throws Exception {
        LoginViewModel form = form(new DemoServerLauncher() {
            @Override
            public Details start() {
                return new Details(demo.webServiceUrl(), DemoCommServe.USER, DemoCommServe.PASSWORD);
            }

            @Override
            public Credential.AccessToken issueAccessToken() throws IOException {
                AccessTokenPair pair = demo.issueAccessToken();
                return new Credential.AccessToken(pair.accessToken(), pair.refreshToken());
            }
        });
        form.modeProperty().set(LoginMode.ACCESS_TOKEN);

        form.tryDemoServer();

        assertThat(loggedIn).singleElement().satisfies(session -> assertThat(session.usesAccessToken()).isTrue());
        assertThat(form.infoProperty().get()).contains("access token pair").doesNotContain(loggedIn.get(0).token());
        assertThat(demo.loginCount()).isZero();
        assertThat(tokens.load(demo.webServiceUrl().toString(), "demo")).as("demo sessions are not remembered").isEmpty();
    }

    @Test
    void aPrefillAfterARefusalAsksForANewPair() {
        AccessTokenPair pair = demo.issueAccessToken();
        LoginViewModel form = withPair(pair);

        form.prefill(demo.webServiceUrl().toString(), "demo");

        assertThat(form.accessTokenProperty().get()).isEmpty();
        assertThat(form.refreshTokenProperty().get()).isEmpty();
        assertThat(form.validBinding().get()).isFalse();
    }
}

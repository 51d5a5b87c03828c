package app.fiv.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import app.fiv.api.CancelSignal;
import app.fiv.api.CommServeClient;
import app.fiv.api.Credential;
import app.fiv.api.ServerAddress;
import app.fiv.api.Session;
import app.fiv.demo.AccessTokenPair;
import app.fiv.demo.DemoCommServe;
import app.fiv.demo.DemoJobs;
import app.fiv.session.Clients;
import app.fiv.session.SavedCredentials;
import app.fiv.session.SessionStore;
import app.fiv.settings.AppSettings;
import app.fiv.settings.FileTokenStore;
import app.fiv.settings.KnownServer;
import app.fiv.testing.TestClients;
import app.fiv.ui.session.FakeLogins;
import app.fiv.ui.task.DirectTaskExecutor;
import java.nio.file.Path;
import java.util.Optional;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An access token session in the window: renewed on 401 and saved, refused with words and a login, logged out. */
class AccessTokenLifetimeTest {
    private final FakeLogins logins = new FakeLogins();
    private DemoCommServe demo;
    private Preferences preferences;
    private FileTokenStore tokens;
    private SessionStore sessions;
    private MainViewModel model;

    @TempDir
    Path folder;

    @BeforeEach
    void setUp() throws Exception {
        demo = DemoCommServe.start();
        preferences = Preferences.userRoot().node("app/fiv/tests/token-lifetime-" + System.nanoTime());
        tokens = new FileTokenStore(folder.resolve("tokens.json"));
        AppSettings settings = new AppSettings(preferences);
        sessions = new SessionStore(settings, tokens, Clients.of(TestClients.json("token-lifetime-test")));
        model = MainModels.create(sessions, new DirectTaskExecutor(), settings, logins);
    }

    @AfterEach
    void tearDown() throws Exception {
        demo.close();
        preferences.removeNode();
    }

    /** What the login dialog does with a pasted pair and "Remember me". */
    private Session logIn() throws Exception {
        AccessTokenPair pair = demo.issueAccessToken();
        Session session = sessions.openWithAccessToken(ServerAddress.of(demo.webServiceUrl()),
                new Credential.AccessToken(pair.accessToken(), pair.refreshToken()), true, CancelSignal.none());
        sessions.remember(session, true);
        return session;
    }

    private void fetch(long jobId) {
        model.fetch().jobIdTextProperty().set(String.valueOf(jobId));
        model.fetch().search();
    }

    private Optional<Credential> saved() throws Exception {
        return tokens.load(demo.webServiceUrl().toString(), "demo").flatMap(SavedCredentials::decode);
    }

    @Test
    void anExpiredAccessTokenIsRenewedTheFetchRetriedAndTheSavedPairReplaced() throws Exception {
        Session first = logIn();
        logins.logIn(model.session(), first);
        demo.expireAccessTokens();

        fetch(DemoJobs.LIST_SAMPLE);

        assertThat(model.messages().errorProperty().get()).isEmpty();
        assertThat(model.jobProperty().get().jobId()).isEqualTo(DemoJobs.LIST_SAMPLE);
        assertThat(logins.reasons()).isEmpty();
        Session now = model.session().sessionProperty().get();
        assertThat(now.token()).isNotEqualTo(first.token());
        assertThat(saved()).contains(now.credential());
        assertThat(demo.accessTokenRenewals()).isEqualTo(1);
        assertThat(model.session().connectionBinding().get()).startsWith("demo @ 127.0.0.1");
    }

    @Test
    void aRefusedRenewalOpensTheLoginWithTheWordsAndTheFetchRunsAfterANewPair() throws Exception {
        logins.logIn(model.session(), logIn());
        demo.expireAccessTokens();
        demo.reachRenewableLimit();

        fetch(DemoJobs.LINUX_SERVER);

        String words = "This access token can no longer be renewed";
        assertThat(logins.reasons()).singleElement().asString().startsWith(words)
                .contains("create a new one in Command Center under Manage → Security → Users → demo → Access tokens")
                .endsWith("Then paste the new pair here to fetch job " + DemoJobs.LINUX_SERVER + ".");
        assertThat(model.messages().errorProperty().get()).startsWith(words);
        assertThat(logins.prefill()).contains(new KnownServer(demo.webServiceUrl().toString(), "demo"));
        assertThat(saved()).as("a dead pair is forgotten").isEmpty();
        assertThat(model.tabs()).isEmpty();

        logins.answer(logIn()); // the admin pasted a new pair

        assertThat(model.jobProperty().get().jobId()).isEqualTo(DemoJobs.LINUX_SERVER);
        assertThat(model.messages().errorProperty().get()).isEmpty();
    }

    @Test
    void aSavedPairThatExpiredIsRenewedAtStartWithoutALogin() throws Exception {
        Session first = logIn();
        demo.expireAccessTokens();

        model.session().restore();

        assertThat(logins.reasons()).isEmpty();
        assertThat(logins.isOpen()).isFalse();
        Session restored = model.session().sessionProperty().get();
        assertThat(restored.usesAccessToken()).isTrue();
        assertThat(restored.token()).isNotEqualTo(first.token());
        assertThat(saved()).contains(restored.credential());
    }

    @Test
    void loggingOutForgetsThePairAndSaysWhereToRevokeIt() throws Exception {
        logins.logIn(model.session(), logIn());
        fetch(DemoJobs.LIST_SAMPLE);

        model.logOut();

        assertThat(model.session().sessionProperty().get()).isNull();
        assertThat(saved()).isEmpty();
        assertThat(demo.requests()).noneMatch(r -> r.path().endsWith("/Logout"));
        assertThat(model.messages().statusProperty().get()).startsWith("Logged out of 127.0.0.1.")
                .contains("cannot revoke it").contains("Manage → Security → Users → demo → Access tokens");
        assertThat(model.messages().errorProperty().get()).isEmpty();
    }
}

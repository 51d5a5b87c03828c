package app.fiv.ui.main;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.fiv.api.ApiException;
import app.fiv.api.CancelSignal;
import app.fiv.api.CommServeClient;
import app.fiv.api.Session;
import app.fiv.demo.DemoCommServe;
import app.fiv.demo.DemoJobs;
import app.fiv.demo.RecordedRequest;
import app.fiv.session.SessionStore;
import app.fiv.settings.AppSettings;
import app.fiv.settings.FileTokenStore;
import app.fiv.settings.KnownServer;
import app.fiv.testing.DemoLogins;
import app.fiv.ui.common.FakeClipboard;
import app.fiv.ui.common.FakeDialogs;
import app.fiv.ui.job.JobLoader;
import app.fiv.ui.task.DirectTaskExecutor;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Token lifetime in the window: renew on 401, else ask for the password and retry once; log out. */
class SessionLifetimeTest {
    private final List<String> loginRequests = new ArrayList<>();
    private DemoCommServe demo;
    private CommServeClient client;
    private Preferences preferences;
    private FileTokenStore tokens;
    private SessionStore sessions;
    private MainViewModel model;

    @TempDir
    Path folder;

    @BeforeEach
    void setUp() throws Exception {
        demo = DemoCommServe.start();
        client = CommServeClient.create("lifetime-test");
        preferences = Preferences.userRoot().node("app/fiv/tests/lifetime-" + System.nanoTime());
        tokens = new FileTokenStore(folder.resolve("tokens.json"));
        sessions = new SessionStore(new AppSettings(preferences), tokens, client);
        model = new MainViewModel(new JobLoader(client), sessions, new DirectTaskExecutor(), new AppSettings(preferences),
                new FakeClipboard(), new FakeDialogs());
        model.setOnLoginNeeded(loginRequests::add);
    }

    @AfterEach
    void tearDown() throws Exception {
        demo.close();
        preferences.removeNode();
    }

    private Session logIn() throws Exception {
        return DemoLogins.logIn(client, demo);
    }

    private String server() {
        return demo.webServiceUrl().toString();
    }

    private void fetch(long jobId) {
        model.jobIdTextProperty().set(String.valueOf(jobId));
        model.search();
    }

    private long calls(String pathEnd) {
        return demo.requests().stream().filter(r -> r.path().endsWith(pathEnd)).count();
    }

    @Test
    void anExpiredTokenIsRenewedTheFetchRetriedAndTheSavedTokenReplaced() throws Exception {
        Session first = logIn();
        sessions.remember(first, true);
        model.sessionProperty().set(first);
        demo.expireAllTokens();

        fetch(DemoJobs.LIST_SAMPLE);

        assertThat(model.errorProperty().get()).isEmpty();
        assertThat(model.jobProperty().get().jobId()).isEqualTo(DemoJobs.LIST_SAMPLE);
        assertThat(loginRequests).as("no password needed").isEmpty();
        assertThat(calls("/RenewLoginToken")).isEqualTo(1);
        Session renewed = model.sessionProperty().get();
        assertThat(renewed.token()).isNotEqualTo(first.token());
        assertThat(tokens.load(server(), DemoCommServe.USER)).contains(renewed.token());
    }

    @Test
    void aRenewedTokenIsNotSavedWhenRememberMeWasOff() throws Exception {
        Session first = logIn();
        sessions.remember(first, false);
        model.sessionProperty().set(first);
        demo.expireAllTokens();

        fetch(DemoJobs.LIST_SAMPLE);

        assertThat(model.sessionProperty().get().token()).isNotEqualTo(first.token());
        assertThat(tokens.load(server(), DemoCommServe.USER)).isEmpty();
        assertThat(folder.resolve("tokens.json")).as("remember me off stores nothing").satisfiesAnyOf(
                path -> assertThat(path).doesNotExist(),
                path -> assertThat(path).content().doesNotContain(first.token()));
    }

    @Test
    void aRefusedRenewalAsksForTheLoginWithServerAndUserThenRetriesOnce() throws Exception {
        model.sessionProperty().set(logIn());
        demo.expireAllTokens();
        demo.setRenewalEnabled(false);

        fetch(DemoJobs.LINUX_SERVER);

        assertThat(loginRequests).singleElement().asString().contains("expired and could not be renewed")
                .contains("Log in again");
        assertThat(model.reloginTarget()).contains(new KnownServer(server(), DemoCommServe.USER));
        assertThat(model.tabs()).isEmpty();

        model.sessionProperty().set(logIn()); // what the login dialog does once the password is typed

        assertThat(model.jobProperty().get().jobId()).isEqualTo(DemoJobs.LINUX_SERVER);
        assertThat(model.errorProperty().get()).isEmpty();
        assertThat(model.reloginTarget()).isEmpty();
        assertThat(loginRequests).hasSize(1);
    }

    @Test
    void aSecondRefusalAfterTheLoginIsAnErrorInTheWindowNotAnotherLogin() throws Exception {
        Session first = logIn();
        model.sessionProperty().set(first);
        demo.expireAllTokens();
        demo.setRenewalEnabled(false);
        fetch(DemoJobs.LIST_SAMPLE);
        int before = demo.requests().size();

        // The login "worked" but the server refuses the new token too.
        model.sessionProperty().set(new Session(first.webService(), first.userName(), "QSDK refused-again"));

        assertThat(loginRequests).hasSize(1);
        assertThat(model.errorProperty().get()).isNotEmpty().doesNotContain("QSDK");
        assertThat(model.tabs()).isEmpty();
        assertThat(demo.requests().size() - before).as("one retry and one renewal, no loop").isLessThanOrEqualTo(3);
    }

    @Test
    void closingTheLoginWithoutLoggingInDropsTheRetry() throws Exception {
        model.sessionProperty().set(logIn());
        demo.expireAllTokens();
        demo.setRenewalEnabled(false);
        fetch(DemoJobs.LIST_SAMPLE);

        model.loginAbandoned();
        model.sessionProperty().set(logIn());

        assertThat(model.tabs()).isEmpty();
    }

    @Test
    void logOutCallsLogoutDeletesTheTokenAndClosesTheJobs() throws Exception {
        Session session = logIn();
        sessions.remember(session, true);
        model.sessionProperty().set(session);
        fetch(DemoJobs.LIST_SAMPLE);
        assertThat(tokens.load(server(), DemoCommServe.USER)).isPresent();

        model.logOut();

        List<RecordedRequest> logouts = demo.requests().stream().filter(r -> r.path().endsWith("/Logout")).toList();
        assertThat(logouts).singleElement().satisfies(r -> {
            assertThat(r.method()).isEqualTo("POST");
            assertThat(r.header("Authtoken")).isEqualTo(session.token());
        });
        assertThat(tokens.load(server(), DemoCommServe.USER)).isEmpty();
        assertThat(model.sessionProperty().get()).isNull();
        assertThat(model.tabs()).isEmpty();
        assertThat(model.statusProperty().get()).startsWith("Logged out of 127.0.0.1");
        assertThatThrownBy(() -> client.checkSession(session, CancelSignal.none()))
                .isInstanceOfSatisfying(ApiException.class,
                        e -> assertThat(e.kind()).isEqualTo(ApiException.Kind.AUTHENTICATION));
    }

    @Test
    void aServerThatCannotBeToldStillForgetsTheSessionHere() throws Exception {
        Session session = logIn();
        sessions.remember(session, true);
        model.sessionProperty().set(session);
        demo.close();

        model.logOut();

        assertThat(tokens.load(server(), DemoCommServe.USER)).isEmpty();
        assertThat(model.sessionProperty().get()).isNull();
        assertThat(model.errorProperty().get()).contains("could not be told");
    }
}

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
import app.fiv.session.Clients;
import app.fiv.testing.TestClients;
import app.fiv.ui.session.FakeLogins;
import app.fiv.ui.task.DirectTaskExecutor;
import java.nio.file.Path;
import java.util.List;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Token lifetime in the window: renew on 401, else ask for the password and retry once; log out. */
class SessionLifetimeTest {
    private final FakeLogins logins = new FakeLogins();
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
        client = TestClients.json("lifetime-test");
        preferences = Preferences.userRoot().node("app/fiv/tests/lifetime-" + System.nanoTime());
        tokens = new FileTokenStore(folder.resolve("tokens.json"));
        sessions = new SessionStore(new AppSettings(preferences), tokens, Clients.of(client));
        model = MainModels.create(sessions, new DirectTaskExecutor(), new AppSettings(preferences), logins);
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
        model.fetch().jobIdTextProperty().set(String.valueOf(jobId));
        model.fetch().search();
    }

    private void use(Session session) {
        logins.logIn(model.session(), session);
    }

    private long calls(String pathEnd) {
        return demo.requests().stream().filter(r -> r.path().endsWith(pathEnd)).count();
    }

    @Test
    void anExpiredTokenIsRenewedTheFetchRetriedAndTheSavedTokenReplaced() throws Exception {
        Session first = logIn();
        sessions.remember(first, true);
        use(first);
        demo.expireAllTokens();

        fetch(DemoJobs.LIST_SAMPLE);

        assertThat(model.messages().errorProperty().get()).isEmpty();
        assertThat(model.jobProperty().get().jobId()).isEqualTo(DemoJobs.LIST_SAMPLE);
        assertThat(logins.reasons()).as("no password needed").isEmpty();
        assertThat(calls("/RenewLoginToken")).isEqualTo(1);
        Session renewed = model.session().sessionProperty().get();
        assertThat(renewed.token()).isNotEqualTo(first.token());
        assertThat(tokens.load(server(), DemoCommServe.USER)).contains(renewed.token());
    }

    @Test
    void aRenewedTokenIsKeptAndSavedEvenWhenTheFetchAfterRenewingFails() throws Exception {
        Session first = logIn();
        sessions.remember(first, true);
        use(first);
        demo.expireAllTokens();

        fetch(DemoJobs.MISSING);

        assertThat(model.messages().errorProperty().get()).contains("was not found");
        Session renewed = model.session().sessionProperty().get();
        assertThat(renewed.token()).as("the window uses the renewed token").isNotEqualTo(first.token());
        assertThat(tokens.load(server(), DemoCommServe.USER)).as("and it is saved for the next start").contains(renewed.token());

        fetch(DemoJobs.LIST_SAMPLE);

        assertThat(model.jobProperty().get().jobId()).isEqualTo(DemoJobs.LIST_SAMPLE);
        assertThat(logins.reasons()).as("no password asked for").isEmpty();
        assertThat(calls("/RenewLoginToken")).isEqualTo(1);
    }

    @Test
    void afterLoggingInAgainTheStatusTellsOfTheRetriedFetchNotOfTheLogin() throws Exception {
        use(logIn());
        demo.expireAllTokens();
        demo.setRenewalEnabled(false);
        fetch(DemoJobs.LIST_SAMPLE);

        logins.answer(logIn());

        assertThat(model.messages().statusProperty().get()).startsWith("Fetched 2 failed items of job " + DemoJobs.LIST_SAMPLE);
    }

    @Test
    void aRenewedTokenIsNotSavedWhenRememberMeWasOff() throws Exception {
        Session first = logIn();
        sessions.remember(first, false);
        use(first);
        demo.expireAllTokens();

        fetch(DemoJobs.LIST_SAMPLE);

        assertThat(model.session().sessionProperty().get().token()).isNotEqualTo(first.token());
        assertThat(tokens.load(server(), DemoCommServe.USER)).isEmpty();
        assertThat(folder.resolve("tokens.json")).as("remember me off stores nothing").satisfiesAnyOf(
                path -> assertThat(path).doesNotExist(),
                path -> assertThat(path).content().doesNotContain(first.token()));
    }

    @Test
    void aRefusedRenewalAsksForTheLoginWithServerAndUserThenRetriesOnce() throws Exception {
        use(logIn());
        demo.expireAllTokens();
        demo.setRenewalEnabled(false);

        fetch(DemoJobs.LINUX_SERVER);

        assertThat(logins.reasons()).singleElement().asString().contains("expired and could not be renewed")
                .contains("Log in again");
        assertThat(logins.prefill()).contains(new KnownServer(server(), DemoCommServe.USER));
        assertThat(model.tabs()).isEmpty();

        logins.answer(logIn()); // what the login dialog does once the password is typed

        assertThat(model.jobProperty().get().jobId()).isEqualTo(DemoJobs.LINUX_SERVER);
        assertThat(model.messages().errorProperty().get()).isEmpty();
        assertThat(logins.prefill()).isEmpty();
        assertThat(logins.reasons()).hasSize(1);
    }

    @Test
    void aSecondRefusalAfterTheLoginIsAnErrorInTheWindowNotAnotherLogin() throws Exception {
        Session first = logIn();
        use(first);
        demo.expireAllTokens();
        demo.setRenewalEnabled(false);
        fetch(DemoJobs.LIST_SAMPLE);
        int before = demo.requests().size();

        // The login "worked" but the server refuses the new token too.
        logins.answer(new Session(first.webService(), first.userName(), "QSDK refused-again"));

        assertThat(logins.reasons()).hasSize(1);
        assertThat(logins.isOpen()).as("no second login").isFalse();
        assertThat(model.messages().errorProperty().get()).isNotEmpty().doesNotContain("QSDK");
        assertThat(model.tabs()).isEmpty();
        assertThat(demo.requests().size() - before).as("one retry and one renewal, no loop").isLessThanOrEqualTo(3);
    }

    @Test
    void closingTheLoginWithoutLoggingInDropsTheRetry() throws Exception {
        use(logIn());
        demo.expireAllTokens();
        demo.setRenewalEnabled(false);
        fetch(DemoJobs.LIST_SAMPLE);

        logins.abandon();
        use(logIn());

        assertThat(model.tabs()).isEmpty();
    }

    @Test
    void logOutCallsLogoutDeletesTheTokenAndClosesTheJobs() throws Exception {
        Session session = logIn();
        sessions.remember(session, true);
        use(session);
        fetch(DemoJobs.LIST_SAMPLE);
        assertThat(tokens.load(server(), DemoCommServe.USER)).isPresent();

        model.logOut();

        List<RecordedRequest> logouts = demo.requests().stream().filter(r -> r.path().endsWith("/Logout")).toList();
        assertThat(logouts).singleElement().satisfies(r -> {
            assertThat(r.method()).isEqualTo("POST");
            assertThat(r.header("Authtoken")).isEqualTo(session.token());
        });
        assertThat(tokens.load(server(), DemoCommServe.USER)).isEmpty();
        assertThat(model.session().sessionProperty().get()).isNull();
        assertThat(model.tabs()).isEmpty();
        assertThat(model.messages().statusProperty().get()).startsWith("Logged out of 127.0.0.1");
        assertThatThrownBy(() -> client.checkSession(session, CancelSignal.none()))
                .isInstanceOfSatisfying(ApiException.class,
                        e -> assertThat(e.kind()).isEqualTo(ApiException.Kind.AUTHENTICATION));
    }

    @Test
    void aServerThatCannotBeToldStillForgetsTheSessionHere() throws Exception {
        Session session = logIn();
        sessions.remember(session, true);
        use(session);
        demo.close();

        model.logOut();

        assertThat(tokens.load(server(), DemoCommServe.USER)).isEmpty();
        assertThat(model.session().sessionProperty().get()).isNull();
        assertThat(model.messages().errorProperty().get()).contains("could not be told");
    }
}

package app.fiv.session;

import static org.assertj.core.api.Assertions.assertThat;

import app.fiv.api.ApiException;
import app.fiv.api.CancelSignal;
import app.fiv.api.CommServeClient;
import app.fiv.api.Credential;
import app.fiv.api.ServerAddress;
import app.fiv.api.Session;
import app.fiv.demo.AccessTokenPair;
import app.fiv.demo.DemoCommServe;
import app.fiv.demo.DemoJobs;
import app.fiv.demo.RecordedRequest;
import app.fiv.settings.AppSettings;
import app.fiv.settings.FileTokenStore;
import app.fiv.testing.TestClients;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An access token pair in the window's keeping: remembered as one secret, renewed and replaced
 * before it is used, restored (and renewed) at the next start, forgotten when refused or logged out.
 */
class AccessTokenStoreTest {
    @TempDir
    Path folder;
    private DemoCommServe demo;
    private Preferences preferences;
    private AppSettings settings;
    private RecordingTokenStore tokens;
    private SessionStore sessions;

    @BeforeEach
    void setUp() throws Exception {
        demo = DemoCommServe.start();
        preferences = Preferences.userRoot().node("app/fiv/tests/access-store-" + System.nanoTime());
        settings = new AppSettings(preferences);
        tokens = new RecordingTokenStore(new FileTokenStore(folder.resolve("tokens.json")), () -> demo.requests().size());
        sessions = new SessionStore(settings, tokens, Clients.of(TestClients.json("store-test")));
    }

    @AfterEach
    void tearDown() throws Exception {
        demo.close();
        preferences.removeNode();
    }

    private String server() {
        return demo.webServiceUrl().toString();
    }

    private static Credential.AccessToken credential(AccessTokenPair pair) {
        return new Credential.AccessToken(pair.accessToken(), pair.refreshToken());
    }

    private Session logIn(AccessTokenPair pair, boolean remember) throws ApiException {
        Session session = sessions.openWithAccessToken(ServerAddress.of(demo.webServiceUrl()), credential(pair), remember,
                CancelSignal.none());
        assertThat(sessions.remember(session, remember)).isEmpty();
        return session;
    }

    private Optional<Credential> saved(String user) throws Exception {
        return tokens.load(server(), user).flatMap(SavedCredentials::decode);
    }

    /** Index of the first request that carried this access token. */
    private int firstUseOf(String accessToken) {
        List<RecordedRequest> requests = demo.requests();
        for (int i = 0; i < requests.size(); i++) {
            if (("Bearer " + accessToken).equals(requests.get(i).header("Authorization"))) {
                return i;
            }
        }
        throw new AssertionError("the token was never used");
    }

    @Test
    void aRememberedPairIsOneSecretAndComesBackAtTheNextStart() throws Exception {
        AccessTokenPair pair = demo.issueAccessToken();
        Session session = logIn(pair, true);

        assertThat(session.userName()).as("from WhoAmI").isEqualTo(DemoCommServe.USER);
        String file = Files.readString(folder.resolve("tokens.json"));
        assertThat(file).contains(pair.accessToken()).contains(pair.refreshToken());
        assertThat(tokens.saves).singleElement().satisfies(save -> assertThat(save.user()).isEqualTo("demo"));
        assertThat(sessions.usedAccessToken(server())).isTrue();

        SessionStore nextStart = new SessionStore(settings, new FileTokenStore(folder.resolve("tokens.json")),
                Clients.of(TestClients.json("store-test")));
        RestoreOutcome outcome = nextStart.restore(CancelSignal.none());

        assertThat(outcome.session()).hasValueSatisfying(restored -> {
            assertThat(restored.credential()).isEqualTo(credential(pair));
            assertThat(restored.userName()).isEqualTo("demo");
        });
        assertThat(demo.requests().get(demo.requests().size() - 1).header("Authorization")).isEqualTo("Bearer " + pair.accessToken());
    }

    @Test
    void anExpiredSavedPairIsRenewedAtStartAndSavedBeforeItIsUsed() throws Exception {
        AccessTokenPair pair = demo.issueAccessToken();
        logIn(pair, true);
        demo.expireAccessTokens();

        RestoreOutcome outcome = sessions.restore(CancelSignal.none());

        Session restored = outcome.session().orElseThrow(() -> new AssertionError(outcome.problem()));
        assertThat(restored.token()).isNotEqualTo(pair.accessToken());
        assertThat(saved("demo")).contains(restored.credential());
        RecordingTokenStore.Save replaced = tokens.saves.get(tokens.saves.size() - 1);
        assertThat(replaced.requestsBefore()).as("saved before the first request with the new pair")
                .isLessThanOrEqualTo(firstUseOf(restored.token()));
        assertThat(demo.accessTokenRenewals()).isEqualTo(1);
    }

    @Test
    void aRenewalInTheWindowReplacesTheSavedPairInOneWriteBeforeTheRetry() throws Exception {
        Session session = logIn(demo.issueAccessToken(), true);
        SessionKeeper keeper = sessions.keep(session);
        demo.expireAccessTokens();
        int savesBefore = tokens.saves.size();
        int deletesBefore = tokens.deletes.size();

        keeper.call((client, s) -> client.jobSummary(s, DemoJobs.LIST_SAMPLE, CancelSignal.none()), CancelSignal.none());

        Session renewed = keeper.current();
        assertThat(tokens.saves).hasSize(savesBefore + 1);
        assertThat(tokens.deletes).as("never a moment with no pair saved").hasSize(deletesBefore);
        assertThat(tokens.saves.get(savesBefore).requestsBefore()).isLessThanOrEqualTo(firstUseOf(renewed.token()));
        assertThat(saved("demo")).contains(renewed.credential());
    }

    @Test
    void aRenewedPairThatCannotBeSavedTakesTheOldSavedPairWithIt() throws Exception {
        Session session = logIn(demo.issueAccessToken(), true);
        SessionKeeper keeper = sessions.keep(session);
        demo.expireAccessTokens();
        tokens.refuseSaves = true;

        keeper.call((client, s) -> client.jobSummary(s, DemoJobs.LIST_SAMPLE, CancelSignal.none()), CancelSignal.none());

        assertThat(saved("demo")).as("renewing the old pair at the next start would revoke the chain").isEmpty();
        assertThat(demo.revokedTokenChains()).isZero();
    }

    @Test
    void aRefusedRenewalAtStartSaysWhatToDoAndForgetsThePair() throws Exception {
        logIn(demo.issueAccessToken(), true);
        demo.expireAccessTokens();
        demo.reachRenewableLimit();

        RestoreOutcome outcome = sessions.restore(CancelSignal.none());

        assertThat(outcome.session()).isEmpty();
        assertThat(outcome.problem()).hasValueSatisfying(problem -> assertThat(problem)
                .startsWith("This access token can no longer be renewed")
                .contains("Manage → Security → Users → demo → Access tokens"));
        assertThat(saved("demo")).isEmpty();
    }

    @Test
    void anExpiredPastedPairIsRenewedFirstAndRememberedUnderTheUsersName() throws Exception {
        AccessTokenPair pair = demo.issueAccessToken();
        demo.expireAccessTokens();

        Session session = logIn(pair, true);

        assertThat(session.userName()).isEqualTo("demo");
        assertThat(session.token()).isNotEqualTo(pair.accessToken());
        assertThat(demo.accessTokenRenewals()).isEqualTo(1);
        RecordingTokenStore.Save first = tokens.saves.get(0);
        assertThat(first.secret()).as("the renewed pair was saved at once").contains(session.token());
        assertThat(first.requestsBefore()).isLessThanOrEqualTo(firstUseOf(session.token()));
        assertThat(saved("demo")).contains(session.credential());
        assertThat(saved(SessionStore.UNNAMED_USER)).as("the stand-in entry is gone").isEmpty();
    }

    @Test
    void withoutRememberMeNothingIsSavedEvenWhenTheLoginRenews() throws Exception {
        AccessTokenPair pair = demo.issueAccessToken();
        demo.expireAccessTokens();

        logIn(pair, false);

        assertThat(tokens.saves).isEmpty();
        assertThat(Files.exists(folder.resolve("tokens.json"))).isFalse();
    }

    @Test
    void loggingOutForgetsThePairAndSendsNoLogout() throws Exception {
        Session session = logIn(demo.issueAccessToken(), true);

        assertThat(sessions.logOut(session, CancelSignal.none())).isEmpty();

        assertThat(saved("demo")).isEmpty();
        assertThat(demo.requests()).noneMatch(r -> r.path().endsWith("/Logout"));
    }

    @Test
    void savedCredentialsKeepEachKindAndRefuseADamagedPair() {
        Credential.AccessToken pair = new Credential.AccessToken("a1", "r1", Optional.of(java.time.Instant.ofEpochSecond(5)),
                Optional.of(java.time.Instant.ofEpochSecond(9)));

        assertThat(SavedCredentials.decode(SavedCredentials.encode(pair))).contains(pair);
        assertThat(SavedCredentials.decode("QSDK 123")).contains(new Credential.SessionToken("QSDK 123"));
        assertThat(SavedCredentials.decode("{\"kind\":\"accessToken\",\"accessToken\":\"a1\"}")).isEmpty();
        assertThat(SavedCredentials.decode("{\"accessToken\":")).isEmpty();
    }
}

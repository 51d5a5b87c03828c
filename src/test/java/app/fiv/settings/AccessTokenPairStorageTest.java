package app.fiv.settings;

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
import app.fiv.session.SessionKeeper;
import app.fiv.session.SessionStore;
import app.fiv.testing.TestClients;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Map;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Remember me" with an access token pair, in both stores the app uses: the pair is one secret
 * (one keyring entry, one file entry), so a renewal replaces both tokens in a single write.
 */
class AccessTokenPairStorageTest {
    @TempDir
    Path folder;
    private DemoCommServe demo;
    private Preferences preferences;

    @BeforeEach
    void setUp() throws Exception {
        demo = DemoCommServe.start();
        preferences = Preferences.userRoot().node("app/fiv/tests/pair-storage-" + System.nanoTime());
    }

    @AfterEach
    void tearDown() throws Exception {
        demo.close();
        preferences.removeNode();
    }

    /** Logs in with a fresh pair (remembered), lets it expire and renews it through the window's keeper. */
    private Session rememberThenRenew(TokenStore store) throws Exception {
        SessionStore sessions = new SessionStore(new AppSettings(preferences), store,
                Clients.of(TestClients.json("storage-test")));
        AccessTokenPair pair = demo.issueAccessToken();
        Session session = sessions.openWithAccessToken(ServerAddress.of(demo.webServiceUrl()),
                new Credential.AccessToken(pair.accessToken(), pair.refreshToken()), true, CancelSignal.none());
        assertThat(sessions.remember(session, true)).isEmpty();
        SessionKeeper keeper = sessions.keep(session);
        demo.expireAccessTokens();
        keeper.call((client, s) -> client.jobSummary(s, DemoJobs.LIST_SAMPLE, CancelSignal.none()), CancelSignal.none());
        assertThat(keeper.current().token()).isNotEqualTo(pair.accessToken());
        return keeper.current();
    }

    @Test
    void theKeyringHoldsThePairAsOneEntryAndTheRenewalReplacesIt() throws Exception {
        FakeKeyring keyring = new FakeKeyring();

        Session renewed = rememberThenRenew(new KeyringTokenStore(keyring, Duration.ofSeconds(5), "Fake Keyring"));

        Credential.AccessToken pair = (Credential.AccessToken) renewed.credential();
        String account = KeyringTokenStore.SERVICE + "/demo@" + demo.webServiceUrl();
        assertThat(keyring.secrets).containsOnlyKeys(account);
        JsonNode saved = new ObjectMapper().readTree(keyring.secrets.get(account));
        assertThat(saved.path("accessToken").asText()).isEqualTo(pair.accessToken());
        assertThat(saved.path("refreshToken").asText()).isEqualTo(pair.refreshToken());
    }

    @Test
    void theOwnerOnlyFileHoldsThePairAsOneEntryAndTheRenewalReplacesIt() throws Exception {
        Path file = folder.resolve("config").resolve("tokens.json");

        Session renewed = rememberThenRenew(new FileTokenStore(file));

        Credential.AccessToken pair = (Credential.AccessToken) renewed.credential();
        JsonNode entries = new ObjectMapper().readTree(file.toFile()).path("entries");
        assertThat(entries).hasSize(1);
        assertThat(entries.get(0).path("user").asText()).isEqualTo("demo");
        JsonNode saved = new ObjectMapper().readTree(entries.get(0).path("token").asText());
        assertThat(Map.of("access", saved.path("accessToken").asText(), "refresh", saved.path("refreshToken").asText()))
                .isEqualTo(Map.of("access", pair.accessToken(), "refresh", pair.refreshToken()));
        if (OwnerOnlyFiles.isPosix(file)) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        }
        try (var listing = Files.list(file.getParent())) {
            assertThat(listing).as("no temporary file left behind").containsExactly(file);
        }
    }
}

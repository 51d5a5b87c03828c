package app.fiv.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.fiv.demo.AccessTokenPair;
import app.fiv.demo.DemoCommServe;
import app.fiv.demo.DemoJobs;
import app.fiv.demo.RecordedRequest;
import app.fiv.testing.TestClients;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Sessions with a Command Center access token: Bearer on every call, WhoAmI, renewal and its refusals. */
class AccessTokenClientTest {
    private DemoCommServe demo;
    private CommServeClient client;

    @BeforeEach
    void start() throws Exception {
        demo = DemoCommServe.start();
        client = TestClients.json("token-test");
    }

    @AfterEach
    void stop() {
        demo.close();
    }

    private static Credential.AccessToken credential(AccessTokenPair pair) {
        return new Credential.AccessToken(pair.accessToken(), pair.refreshToken());
    }

    private Session located(AccessTokenPair pair) throws ApiException {
        return client.accessTokenSession(ServerAddress.of(demo.webServiceUrl()), credential(pair), CancelSignal.none());
    }

    private List<RecordedRequest> requestsTo(String pathEnd) {
        return demo.requests().stream().filter(r -> r.path().endsWith(pathEnd)).toList();
    }

    @Test
    void anAccessTokenFindsItsWebServiceAndUserAndIsSentAsBearerOnly() throws Exception {
        AccessTokenPair pair = demo.issueAccessToken();
        ServerAddress hostOnly = ServerAddress.parse("http://127.0.0.1:" + demo.port());

        Session session = client.accessTokenSession(hostOnly, credential(pair), CancelSignal.none());
        JobSummary summary = client.jobSummary(session, DemoJobs.LIST_SAMPLE, CancelSignal.none());

        assertThat(session.webService()).isEqualTo(hostOnly.candidates().get(0));
        assertThat(session.userName()).isEqualTo(DemoCommServe.USER);
        assertThat(session.usesAccessToken()).isTrue();
        assertThat(summary.jobId()).isEqualTo(DemoJobs.LIST_SAMPLE);
        assertThat(demo.requests()).isNotEmpty().allSatisfy(request -> {
            assertThat(request.header("Authorization")).isEqualTo("Bearer " + pair.accessToken());
            assertThat(request.header("Authtoken")).isNull();
        });
        assertThat(client.whoAmI(session, CancelSignal.none())).isEqualTo(DemoCommServe.USER);
    }

    @Test
    void anExpiredAccessTokenIsFoundWithoutAUserAndRenewedIntoTheNextPair() throws Exception {
        AccessTokenPair pair = demo.issueAccessToken();
        demo.expireAccessTokens();
        Session expired = located(pair);
        assertThat(expired.userName()).as("WhoAmI refused the expired token").isEmpty();
        assertThatThrownBy(() -> client.jobSummary(expired, DemoJobs.LIST_SAMPLE, CancelSignal.none()))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.isSessionRejected()).isTrue());

        Session renewed = client.renew(expired.withUserName("demo"), CancelSignal.none());

        Credential.AccessToken next = (Credential.AccessToken) renewed.credential();
        assertThat(next.accessToken()).isNotEqualTo(pair.accessToken()).hasSize(96);
        assertThat(next.refreshToken()).isNotEqualTo(pair.refreshToken()).hasSize(96);
        assertThat(next.expires()).hasValueSatisfying(at -> assertThat(at).isBetween(Instant.now().plus(Duration.ofMinutes(29)),
                Instant.now().plus(Duration.ofMinutes(31))));
        assertThat(next.renewableUntil()).hasValueSatisfying(at -> assertThat(at).isAfter(Instant.now().plus(Duration.ofDays(89))));
        assertThat(renewed.userName()).isEqualTo("demo");
        assertThat(client.jobSummary(renewed, DemoJobs.LIST_SAMPLE, CancelSignal.none()).jobId()).isEqualTo(DemoJobs.LIST_SAMPLE);
        assertThat(demo.accessTokenRenewals()).isEqualTo(1);

        RecordedRequest renewal = requestsTo("/V4/AccessToken/Renew").get(0);
        assertThat(renewal.method()).isEqualTo("POST");
        assertThat(renewal.header("Authorization")).isEqualTo("Bearer " + pair.accessToken());
        assertThat(renewal.header("Accept")).isEqualTo("application/json");
        JsonNode body = new ObjectMapper().readTree(renewal.body());
        assertThat(body.path("accessToken").asText()).isEqualTo(pair.accessToken());
        assertThat(body.path("refreshToken").asText()).isEqualTo(pair.refreshToken());
    }

    @Test
    void theRenewalIsAskedInJsonEvenOfAnXmlClient() throws Exception {
        CommServeClient xml = TestClients.of("token-test", TlsTrust.systemDefault(), WireFormat.XML);
        AccessTokenPair pair = demo.issueAccessToken();
        Session session = new Session(demo.webServiceUrl(), "demo", credential(pair));

        Session renewed = xml.renew(session, CancelSignal.none());

        assertThat(renewed.token()).isNotEqualTo(pair.accessToken());
        assertThat(requestsTo("/V4/AccessToken/Renew").get(0).header("Accept")).isEqualTo("application/json");
    }

    @Test
    void renewingARetiredPairIsRefusedInWordsAndTheChainIsGone() throws Exception {
        AccessTokenPair pair = demo.issueAccessToken();
        Session first = new Session(demo.webServiceUrl(), "demo", credential(pair));
        Session second = client.renew(first, CancelSignal.none());

        assertThatThrownBy(() -> client.renew(first, CancelSignal.none()))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ApiException.Kind.AUTHENTICATION);
                    assertThat(e.isSessionRejected()).as("the window then asks for a login").isTrue();
                    assertThat(e.getMessage()).startsWith("This access token can no longer be renewed")
                            .contains("revoke").contains("error 6")
                            .contains("create a new one in Command Center under Manage → Security → Users → demo → Access tokens")
                            .doesNotContain(pair.accessToken()).doesNotContain(pair.refreshToken())
                            .doesNotContain(second.token());
                });
        assertThat(demo.revokedTokenChains()).isEqualTo(1);
        assertThatThrownBy(() -> client.jobSummary(second, DemoJobs.LIST_SAMPLE, CancelSignal.none()))
                .as("the newest pair of the chain is revoked too").isInstanceOf(ApiException.class);
    }

    @Test
    void aPairPastItsRenewableLimitIsRefusedWithTheServersWords() {
        AccessTokenPair pair = demo.issueAccessToken();
        demo.reachRenewableLimit();
        Session session = new Session(demo.webServiceUrl(), "", credential(pair));

        assertThatThrownBy(() -> client.renew(session, CancelSignal.none()))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getMessage())
                        .contains("renewable limit").contains("Users → your user → Access tokens"));
        assertThat(demo.accessTokenRenewals()).isZero();
    }

    @Test
    void pastedPairsAreCheckedBeforeAnythingIsSent() throws Exception {
        Credential.AccessToken pasted = Credential.AccessToken.parse("  Bearer abc123 \n", "def456\t");

        assertThat(pasted.accessToken()).isEqualTo("abc123");
        assertThat(pasted.refreshToken()).isEqualTo("def456");
        assertThatThrownBy(() -> Credential.AccessToken.parse("abc 123", "def456"))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getMessage()).contains("spaces")
                        .doesNotContain("abc 123"));
        assertThatThrownBy(() -> Credential.AccessToken.parse("abc\r\nX-Evil: 1", "def456")).isInstanceOf(ApiException.class);
        assertThatThrownBy(() -> Credential.AccessToken.parse("same", "same"))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getMessage()).contains("the same"));
        assertThatThrownBy(() -> Credential.AccessToken.parse("", "def456"))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getMessage()).contains("Paste the access token"));
    }

    @Test
    void noSecretShowsInToString() {
        Credential.AccessToken pair = new Credential.AccessToken("acce55-secret", "refre5h-secret",
                java.util.Optional.empty(), java.util.Optional.of(Instant.EPOCH));
        Session session = new Session(demo.webServiceUrl(), "", pair);

        assertThat(pair.toString() + session + new Credential.SessionToken("QSDK 5ecret")).doesNotContain("secret")
                .contains("hidden");
        assertThat(session.toString()).contains("access token").contains("user not known yet");
    }
}

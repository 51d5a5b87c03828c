package app.fiv.demo;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import static app.fiv.demo.DemoClient.JSON;
import static app.fiv.demo.DemoClient.json;
import static org.assertj.core.api.Assertions.assertThat;

/** Access tokens: Bearer on every endpoint, renewal, the chain rule, and the test hooks. */
class AccessTokenTest {

    private TestClock clock;
    private DemoCommServe server;
    private DemoClient client;

    @BeforeEach
    void start() throws IOException {
        clock = new TestClock(TestClock.MORNING);
        server = DemoCommServe.builder().clock(clock).start();
        client = new DemoClient(server.webServiceUrl());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aBearerTokenOpensEveryEndpoint() {
        AccessTokenPair pair = server.issueAccessToken();

        assertThat(get("/WhoAmI", pair.accessToken()).statusCode()).isEqualTo(200);
        assertThat(json(get("/WhoAmI", pair.accessToken()).body()).path("name").asText()).isEqualTo("demo");
        assertThat(get("/Job/1001", pair.accessToken()).statusCode()).isEqualTo(200);
        assertThat(get("/Job/1001/FailedItems", pair.accessToken()).statusCode()).isEqualTo(200);
        assertThat(get("/Job?completedJobLookupTime=86400", pair.accessToken()).statusCode()).isEqualTo(200);
        assertThat(get("/Client", pair.accessToken()).statusCode()).isEqualTo(200);
        assertThat(get("/Events?jobId=1001", pair.accessToken()).statusCode()).isEqualTo(200);
        assertThat(client.send("POST", "/JobDetails", "{\"jobId\": 1001}", bearer(pair.accessToken())).statusCode()).isEqualTo(200);
        assertThat(client.send("GET", "/WhoAmI", null, Map.of("Authorization", "bearer " + pair.accessToken())).statusCode())
                .isEqualTo(200);
    }

    @Test
    void wrongOrMissingBearerTokensAre401() {
        AccessTokenPair pair = server.issueAccessToken();

        assertThat(get("/WhoAmI", "0123abcd").statusCode()).isEqualTo(401);
        assertThat(get("/WhoAmI", pair.refreshToken()).statusCode()).isEqualTo(401);
        assertThat(client.send("GET", "/WhoAmI", null, Map.of("Authorization", pair.accessToken())).statusCode()).isEqualTo(401);
        assertThat(client.send("GET", "/WhoAmI", null, Map.of("Authorization", "Basic " + pair.accessToken())).statusCode()).isEqualTo(401);
        assertThat(client.send("GET", "/WhoAmI", null, Map.of("Authtoken", pair.accessToken())).statusCode()).isEqualTo(401);
    }

    @Test
    void anAccessTokenExpiresAfterThirtyMinutesAndItsPairRenews() {
        AccessTokenPair pair = server.issueAccessToken();
        clock.advance(Duration.ofMinutes(29));
        assertThat(get("/WhoAmI", pair.accessToken()).statusCode()).isEqualTo(200);
        clock.advance(Duration.ofMinutes(1));
        assertThat(get("/WhoAmI", pair.accessToken()).statusCode()).isEqualTo(401);

        HttpResponse<String> response = renew(pair.accessToken(), pair);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json;charset=utf-8");
        JsonNode renewed = json(response.body());
        long now = clock.instant().getEpochSecond();
        assertThat(renewed.path("accessToken").asText()).isNotEqualTo(pair.accessToken()).hasSize(96);
        assertThat(renewed.path("refreshToken").asText()).isNotEqualTo(pair.refreshToken()).hasSize(96);
        assertThat(renewed.path("tokenExpiryTimestamp").asLong()).isEqualTo(now + 1_800);
        assertThat(renewed.path("refreshTokenExpiryTimestamp").asLong()).isEqualTo(now + 1_800 + 14 * 86_400);
        assertThat(renewed.path("renewableUntilTimestamp").asLong()).isEqualTo(TestClock.MORNING.getEpochSecond() + 90 * 86_400);
        assertThat(renewed.path("tokenType").asText()).isEqualTo("Bearer");
        assertThat(renewed.path("accessTokenId").asInt()).isEqualTo(1);
        assertThat(renewed.path("tokenName").asText()).isEqualTo("demo-script-token");
        assertThat(renewed.path("userId").asInt()).isEqualTo(5);
        assertThat(renewed.has("error")).isFalse();
        assertThat(get("/WhoAmI", renewed.path("accessToken").asText()).statusCode()).isEqualTo(200);
        assertThat(server.accessTokenRenewals()).isEqualTo(1);
    }

    @Test
    void aLiveTokenRenewsTooAndTheOldPairStopsWorking() {
        AccessTokenPair pair = server.issueAccessToken();

        JsonNode renewed = json(renew(pair.accessToken(), pair).body());

        assertThat(get("/WhoAmI", pair.accessToken()).statusCode()).isEqualTo(401);
        assertThat(get("/WhoAmI", renewed.path("accessToken").asText()).statusCode()).isEqualTo(200);
    }

    @Test
    void renewingAnOlderPairRevokesTheWholeChain() {
        AccessTokenPair first = server.issueAccessToken();
        JsonNode second = json(renew(first.accessToken(), first).body());
        AccessTokenPair secondPair = new AccessTokenPair(second.path("accessToken").asText(), second.path("refreshToken").asText());
        JsonNode third = json(renew(secondPair.accessToken(), secondPair).body());
        AccessTokenPair other = server.issueAccessToken();

        HttpResponse<String> replay = renew(first.accessToken(), first);

        assertThat(replay.statusCode()).isEqualTo(401);
        JsonNode error = json(replay.body()).path("error");
        assertThat(error.path("errorCode").asInt()).isEqualTo(6);
        assertThat(error.path("errorMessage").asText()).contains("already renewed").contains("revoked");
        assertThat(get("/WhoAmI", third.path("accessToken").asText()).statusCode()).isEqualTo(401);
        AccessTokenPair thirdPair = new AccessTokenPair(third.path("accessToken").asText(), third.path("refreshToken").asText());
        assertThat(json(renew(thirdPair.accessToken(), thirdPair).body()).path("error").path("errorMessage").asText())
                .contains("revoked");
        assertThat(server.revokedTokenChains()).isEqualTo(1);
        assertThat(server.accessTokenRenewals()).isEqualTo(2);
        assertThat(get("/WhoAmI", other.accessToken()).statusCode()).isEqualTo(200); // another chain is untouched
    }

    @Test
    void theRenewableLimit() {
        AccessTokenPair pair = server.issueAccessToken();
        server.reachRenewableLimit();

        HttpResponse<String> response = renew(pair.accessToken(), pair);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(json(response.body()).path("error").path("errorCode").asInt()).isEqualTo(7);
        assertThat(json(response.body()).path("error").path("errorMessage").asText()).contains("renewable limit");
        assertThat(server.accessTokenRenewals()).isZero();
    }

    @Test
    void ninetyDaysAfterCreationTheChainEndsAnd14DaysAfterExpiryThePair() {
        AccessTokenPair pair = server.issueAccessToken();
        clock.advance(Duration.ofDays(14).plusMinutes(31));
        assertThat(json(renew(pair.accessToken(), pair).body()).path("error").path("errorCode").asInt()).isEqualTo(8);

        AccessTokenPair renewing = server.issueAccessToken();
        for (int day = 0; day <= 98; day += 7) {
            JsonNode next = json(renew(renewing.accessToken(), renewing).body());
            if (next.has("error")) {
                assertThat(next.path("error").path("errorCode").asInt()).isEqualTo(7);
                assertThat(day).isEqualTo(91);
                return;
            }
            renewing = new AccessTokenPair(next.path("accessToken").asText(), next.path("refreshToken").asText());
            clock.advance(Duration.ofDays(7));
        }
        throw new AssertionError("renewed for more than 90 days");
    }

    @Test
    void expiredByTheHookButStillRenewable() {
        AccessTokenPair pair = server.issueAccessToken();
        server.expireAccessTokens();

        assertThat(get("/WhoAmI", pair.accessToken()).statusCode()).isEqualTo(401);
        assertThat(renew(pair.accessToken(), pair).statusCode()).isEqualTo(200);
        AccessTokenPair another = server.issueAccessToken();
        server.expireAllTokens();
        assertThat(get("/WhoAmI", another.accessToken()).statusCode()).isEqualTo(401);
    }

    @Test
    void malformedRenewalsAreExplained() {
        AccessTokenPair pair = server.issueAccessToken();
        String body = pair.toJson();

        HttpResponse<String> noHeader = client.send("POST", "/V4/AccessToken/Renew", body, Map.of("Content-Type", JSON));
        assertThat(noHeader.statusCode()).isEqualTo(401);
        assertThat(json(noHeader.body()).path("error").path("errorMessage").asText()).contains("Authorization: Bearer");
        HttpResponse<String> other = client.send("POST", "/V4/AccessToken/Renew", body, bearer(server.issueAccessToken().accessToken()));
        assertThat(other.statusCode()).isEqualTo(400);
        assertThat(client.send("POST", "/V4/AccessToken/Renew", "{\"accessToken\": \"" + pair.accessToken() + "\"}",
                bearer(pair.accessToken())).statusCode()).isEqualTo(400);
        HttpResponse<String> wrongRefresh = client.send("POST", "/V4/AccessToken/Renew",
                new AccessTokenPair(pair.accessToken(), "f00d").toJson(), bearer(pair.accessToken()));
        assertThat(wrongRefresh.statusCode()).isEqualTo(401);
        assertThat(json(wrongRefresh.body()).path("error").path("errorCode").asInt()).isEqualTo(5);
        assertThat(client.send("GET", "/V4/AccessToken/Renew", null, bearer(pair.accessToken())).statusCode()).isEqualTo(405);
        assertThat(renew(pair.accessToken(), pair).statusCode()).isEqualTo(200); // none of the above used the pair up
    }

    @Test
    void thePairNeverShowsItsTokensInText() {
        AccessTokenPair pair = server.issueAccessToken();

        assertThat(pair.toString()).doesNotContain(pair.accessToken()).doesNotContain(pair.refreshToken());
        assertThat(json(pair.toJson()).path("accessToken").asText()).isEqualTo(pair.accessToken());
        assertThat(json(pair.toJson()).path("refreshToken").asText()).isEqualTo(pair.refreshToken());
        assertThat(json(pair.toJson()).size()).isEqualTo(2);
    }

    private HttpResponse<String> get(String path, String accessToken) {
        Map<String, String> headers = new java.util.HashMap<>(bearer(accessToken));
        headers.put("Accept", JSON);
        return client.send("GET", path, null, headers);
    }

    private HttpResponse<String> renew(String headerToken, AccessTokenPair pair) {
        return client.send("POST", "/V4/AccessToken/Renew", pair.toJson(), bearer(headerToken));
    }

    private static Map<String, String> bearer(String token) {
        return Map.of("Authorization", "Bearer " + token, "Content-Type", JSON, "Accept", JSON);
    }
}

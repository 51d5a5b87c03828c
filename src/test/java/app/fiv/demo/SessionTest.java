package app.fiv.demo;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.http.HttpResponse;

import static app.fiv.demo.DemoClient.DEVICE_ID;
import static app.fiv.demo.DemoClient.JSON;
import static app.fiv.demo.DemoClient.json;
import static org.assertj.core.api.Assertions.assertThat;

/** Token life cycle: 401s, renewal after expiry, logout. A fresh server per test, since the hooks change state. */
class SessionTest {

    private DemoCommServe server;
    private DemoClient client;

    @BeforeEach
    void start() throws IOException {
        server = DemoCommServe.start();
        client = new DemoClient(server.webServiceUrl());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void endpointsNeedALiveToken() {
        assertAccessDenied(client.get("/WhoAmI", null, JSON));
        assertAccessDenied(client.get("/Job/1001", null, JSON));
        assertAccessDenied(client.get("/Job/1001/FailedItems", "QSDK 0123abcd", JSON));
    }

    @Test
    void whoAmIConfirmsAToken() {
        HttpResponse<String> response = client.get("/WhoAmI", client.login(), JSON);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode me = json(response.body());
        assertThat(me.path("id").asInt()).isEqualTo(5);
        assertThat(me.path("name").asText()).isEqualTo("demo");
        assertThat(me.path("fullName").asText()).isEqualTo("Demo Administrator");
    }

    @Test
    void expiredTokenIsRenewedAndOnlyTheNewOneWorks() {
        String old = client.login();
        server.expireAllTokens();
        assertAccessDenied(client.get("/WhoAmI", old, JSON));

        HttpResponse<String> renewed = client.post("/RenewLoginToken", renewBody(old, DEVICE_ID), old, JSON);

        assertThat(renewed.statusCode()).isEqualTo(200);
        String fresh = json(renewed.body()).path("token").asText();
        assertThat(fresh).startsWith("QSDK ").isNotEqualTo(old);
        assertThat(client.get("/WhoAmI", fresh, JSON).statusCode()).isEqualTo(200);
        assertAccessDenied(client.get("/WhoAmI", old, JSON));
        assertAccessDenied(client.post("/RenewLoginToken", renewBody(old, DEVICE_ID), null, JSON));
        assertThat(server.loginCount()).isEqualTo(1);
    }

    @Test
    void liveTokenCanBeRenewedToo() {
        String old = client.login();

        HttpResponse<String> renewed = client.post("/RenewLoginToken", renewBody(old, DEVICE_ID), old, JSON);

        assertThat(renewed.statusCode()).isEqualTo(200);
        assertAccessDenied(client.get("/WhoAmI", old, JSON));
    }

    @Test
    void renewalNeedsTheLoginDeviceId() {
        String token = client.login();

        assertAccessDenied(client.post("/RenewLoginToken", renewBody(token, "another-device"), token, JSON));
        assertAccessDenied(client.post("/RenewLoginToken", "{\"sessionId\":\"" + token + "\"}", token, JSON));
        assertThat(client.get("/WhoAmI", token, JSON).statusCode()).isEqualTo(200);
    }

    @Test
    void renewalOfUnknownTokenIsRefused() {
        assertAccessDenied(client.post("/RenewLoginToken", renewBody("QSDK 1234", DEVICE_ID), null, JSON));
    }

    @Test
    void disabledRenewalAnswers401() {
        String token = client.login();
        server.expireAllTokens();
        server.setRenewalEnabled(false);

        assertAccessDenied(client.post("/RenewLoginToken", renewBody(token, DEVICE_ID), token, JSON));

        server.setRenewalEnabled(true);
        assertThat(client.post("/RenewLoginToken", renewBody(token, DEVICE_ID), token, JSON).statusCode())
                .isEqualTo(200);
    }

    @Test
    void tokensIssuedAfterExpiryWork() {
        client.login();
        server.expireAllTokens();

        assertThat(client.get("/WhoAmI", client.login(), JSON).statusCode()).isEqualTo(200);
        assertThat(server.loginCount()).isEqualTo(2);
    }

    @Test
    void logoutEndsTheSessionForGood() {
        String token = client.login();

        HttpResponse<String> response = client.post("/Logout", "", token, JSON);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("User logged out");
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
        assertAccessDenied(client.get("/WhoAmI", token, JSON));
        assertAccessDenied(client.post("/RenewLoginToken", renewBody(token, DEVICE_ID), null, JSON));
    }

    private static String renewBody(String token, String deviceId) {
        return DemoClient.MAPPER.createObjectNode().put("sessionId", token).put("deviceId", deviceId).toString();
    }

    private static void assertAccessDenied(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(401);
        JsonNode body = json(response.body());
        assertThat(body.path("errorCode").asInt()).isEqualTo(401);
        assertThat(body.path("errorMessage").asText()).isEqualTo(
                "Access denied: the session token is missing, invalid or expired. Log in again.");
    }
}

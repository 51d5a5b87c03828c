package app.fiv.demo;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.http.HttpResponse;

import static app.fiv.demo.DemoClient.JSON;
import static app.fiv.demo.DemoClient.base64;
import static app.fiv.demo.DemoClient.json;
import static app.fiv.demo.DemoClient.loginBody;
import static org.assertj.core.api.Assertions.assertThat;

class LoginTest {

    private static DemoCommServe server;
    private static DemoClient client;

    @BeforeAll
    static void start() throws IOException {
        server = DemoCommServe.start();
        client = new DemoClient(server.webServiceUrl());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void base64PasswordLogsInWithARealisticAnswer() {
        int before = server.loginCount();

        HttpResponse<String> response = client.post("/Login", loginBody("demo", base64("failed-items")), null, JSON);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json;charset=utf-8");
        JsonNode body = json(response.body());
        assertThat(body.path("token").asText()).matches("QSDK [0-9a-f]{300,}");
        assertThat(body.path("userName").asText()).isEqualTo("demo");
        assertThat(body.path("loginAttempts").isInt()).isTrue();
        assertThat(body.path("loginAttempts").asInt()).isZero();
        assertThat(body.path("remainingLockTime").asInt()).isZero();
        assertThat(body.path("ccn").asInt()).isZero();
        assertThat(body.path("providerType").asInt()).isEqualTo(1);
        assertThat(body.has("aliasName") && body.has("userGUID") && body.has("smtpAddress")).isTrue();
        assertThat(body.has("errList")).isFalse();
        assertThat(server.loginCount()).isEqualTo(before + 1);
    }

    @Test
    void eachLoginGetsItsOwnToken() {
        assertThat(client.login()).isNotEqualTo(client.login());
    }

    @Test
    void plainTextPasswordIsRefusedLikeAWrongOne() {
        int before = server.loginCount();

        HttpResponse<String> response = client.post("/Login", loginBody("demo", "failed-items"), null, JSON);

        assertInvalidCredentials(response);
        assertThat(server.loginCount()).isEqualTo(before);
    }

    @Test
    void wrongPasswordAndUnknownUserGetNoToken() {
        assertInvalidCredentials(client.post("/Login", loginBody("demo", base64("Failed-Items")), null, JSON));
        assertInvalidCredentials(client.post("/Login", loginBody("admin", base64("failed-items")), null, JSON));
    }

    @Test
    void lockedAccountIsReportedWhateverThePassword() {
        HttpResponse<String> response = client.post("/Login", loginBody("locked", base64("failed-items")), null, JSON);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = json(response.body());
        assertThat(body.has("token")).isFalse();
        assertThat(body.path("isAccountLocked").asBoolean()).isTrue();
        assertThat(body.path("remainingLockTime").asInt()).isEqualTo(720);
        assertThat(body.path("errList").get(0).path("errorCode").asInt()).isEqualTo(1116);
    }

    @Test
    void malformedBodiesAreBadRequests() {
        HttpResponse<String> notJson = client.post("/Login", "username=demo&password=x", null, JSON);
        HttpResponse<String> noDevice = client.post("/Login",
                "{\"username\":\"demo\",\"password\":\"" + base64("failed-items") + "\"}", null, JSON);

        assertThat(notJson.statusCode()).isEqualTo(400);
        assertThat(json(notJson.body()).path("errorCode").asInt()).isEqualTo(400);
        assertThat(json(notJson.body()).path("errorMessage").asText()).isNotBlank();
        assertThat(noDevice.statusCode()).isEqualTo(400);
    }

    @Test
    void loginIsPostOnly() {
        assertThat(client.get("/Login", null, JSON).statusCode()).isEqualTo(405);
    }

    private static void assertInvalidCredentials(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = json(response.body());
        assertThat(body.has("token")).isFalse();
        assertThat(body.path("loginAttempts").asInt()).isEqualTo(1);
        JsonNode error = body.path("errList").get(0);
        assertThat(error.path("errLogMessage").asText()).isEqualTo("Invalid Username or Password");
        assertThat(error.path("errorCode").asInt()).isEqualTo(5);
    }
}

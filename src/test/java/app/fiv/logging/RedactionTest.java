package app.fiv.logging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RedactionTest {
    private static final String TOKEN = "QSDK 38568012f4d1e8ee1841d283a47aa3ba78e124ea58354b5fc6";

    @ParameterizedTest
    @ValueSource(strings = {
            "Authtoken: " + TOKEN,
            "headers {Authtoken=[" + TOKEN + "], Accept=[application/json]}",
            "{\"token\": \"" + TOKEN + "\", \"userName\": \"demo\"}",
            "{\"sessionId\":\"" + TOKEN + "\",\"deviceId\":\"d\"}",
            "renewed: " + TOKEN + " for demo"})
    void tokensAreMasked(String line) {
        String redacted = Redaction.redact(line);

        assertThat(redacted).doesNotContain("38568012f4d1e8ee").contains(Redaction.MASK);
    }

    private static final String ACCESS = "9b1f0c4e7a2d44c1b8e3f5a6d7c8b9a0e1f2a3b4c5d6e7f8091a2b3c4d5e6f7a8b";
    private static final String REFRESH = "c0ffee4e7a2d44c1b8e3f5a6d7c8b9a0e1f2a3b4c5d6e7f8091a2b3c4d5e6f7a8b";

    @ParameterizedTest
    @ValueSource(strings = {
            "Authorization: Bearer " + ACCESS,
            "headers {Accept=[application/json], Authorization=[Bearer " + ACCESS + "]}",
            "(GET http://127.0.0.1:8080/commandcenter/api/WhoAmI) authorization: bearer " + ACCESS,
            "{\"accessToken\": \"" + ACCESS + "\", \"refreshToken\": \"" + REFRESH + "\"}",
            "{\"accessToken\":\"" + ACCESS + "\",\"refreshToken\":\"" + REFRESH + "\"}",
            "accessToken=" + ACCESS + "&refreshToken=" + REFRESH,
            "access_token=" + ACCESS + " refresh_token=" + REFRESH,
            "{\"kind\":\"accessToken\",\"accessToken\":\"" + ACCESS + "\",\"refreshToken\":\"" + REFRESH + "\"}",
            "renewing with Bearer " + ACCESS + " and " + "refreshToken: " + REFRESH,
            "Authorization: " + ACCESS + " (no scheme)",
            "Authorization: Basic " + ACCESS})
    void accessAndRefreshTokensAreMasked(String line) {
        String redacted = Redaction.redact(line);

        assertThat(redacted).doesNotContain(ACCESS.substring(0, 16)).doesNotContain(REFRESH.substring(0, 16))
                .contains(Redaction.MASK);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"username\":\"admin\",\"password\":\"c2VjcmV0LXBhc3M=\",\"deviceId\":\"x\"}",
            "password=c2VjcmV0LXBhc3M= user=admin",
            "Password: c2VjcmV0LXBhc3M="})
    void passwordsAreMasked(String line) {
        assertThat(Redaction.redact(line)).doesNotContain("c2VjcmV0LXBhc3M").contains(Redaction.MASK);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Fetched 50,000 failed items of job 1005", "Access is denied.", "C:\\Users\\token.txt",
            "Renewed the access token of demo on 127.0.0.1 (renewable until 2026-06-01T08:00:00Z).",
            "Logged in as demo on http://127.0.0.1:8080/commandcenter/api with an access token",
            "Using the access token in /home/ops/tokens.json on https://cs.example.com/commandcenter/api"})
    void ordinaryTextIsLeftAlone(String line) {
        assertThat(Redaction.redact(line)).isEqualTo(line);
    }
}

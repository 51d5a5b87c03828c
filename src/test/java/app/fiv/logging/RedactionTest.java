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

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"username\":\"admin\",\"password\":\"c2VjcmV0LXBhc3M=\",\"deviceId\":\"x\"}",
            "password=c2VjcmV0LXBhc3M= user=admin",
            "Password: c2VjcmV0LXBhc3M="})
    void passwordsAreMasked(String line) {
        assertThat(Redaction.redact(line)).doesNotContain("c2VjcmV0LXBhc3M").contains(Redaction.MASK);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Fetched 50,000 failed items of job 1005", "Access is denied.", "C:\\Users\\token.txt"})
    void ordinaryTextIsLeftAlone(String line) {
        assertThat(Redaction.redact(line)).isEqualTo(line);
    }
}

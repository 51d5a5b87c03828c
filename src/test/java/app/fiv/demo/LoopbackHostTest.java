package app.fiv.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 13: the demo server answers requests addressed to this computer only, so a web page cannot
 * reach it by DNS rebinding (the browser sends the page's own name as the Host).
 */
class LoopbackHostTest extends LoggedInDemoTest {

    private static RawHttp get(String host) throws Exception {
        RawHttp http = RawHttp.get(server, "/Job/1001", token, DemoClient.JSON, host);
        http.readUntilClosedOrQuietFor(Duration.ofMillis(400)); // small answers, sent at once
        return http;
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "127.0.0.1:PORT", "127.1.2.3:PORT", "localhost:PORT", "LOCALHOST", "localhost.:PORT",
            "[::1]:PORT", "[0:0:0:0:0:0:0:1]"})
    void loopbackNamesAndAddressesAreAnswered(String host) throws Exception {
        try (RawHttp http = get(host.replace("PORT", String.valueOf(server.port())))) {
            assertThat(http.head()).startsWith("HTTP/1.1 200");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"attacker.example.com", "attacker.example.com:PORT", "127.0.0.1.attacker.example", "10.0.0.1:PORT",
            "128.0.0.1", "localhost.attacker.example", "[::2]:PORT", "127.0.0.1:notaport", "127.0.0.256", "0.0.0.0:PORT"})
    void anyOtherHostIsMisdirectedAndSaysWhy(String host) throws Exception {
        String header = host.replace("PORT", String.valueOf(server.port()));
        try (RawHttp http = get(header)) {
            assertThat(http.head()).startsWith("HTTP/1.1 421");
            assertThat(http.header("Content-Type")).isEqualTo("text/plain;charset=utf-8");
            assertThat(new String(http.body(), StandardCharsets.UTF_8))
                    .startsWith("421 Misdirected Request: this demo CommServe answers only requests addressed to this"
                            + " computer (localhost, 127.0.0.1 or [::1]), not a request for \"" + header + "\".");
        }
    }

    @Test
    void aRequestWithoutAHostIsMisdirectedToo() throws Exception {
        try (RawHttp http = get(null)) {
            assertThat(http.head()).startsWith("HTTP/1.1 421");
            assertThat(new String(http.body(), StandardCharsets.UTF_8)).contains("not a request without a Host header");
        }
    }
}

package app.fiv.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.fiv.demo.DemoCommServe;
import app.fiv.testing.TestClients;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Failures before any answer: no such host, nobody listening, a TLS handshake that cannot work. */
class TransportFailuresTest {
    private final CommServeClient client = TestClients.json("transport-test");

    private void assertNetworkError(URI webService, String... messageParts) {
        assertThatThrownBy(() -> client.login(ServerAddress.of(webService), "demo", "secret".toCharArray(),
                CancelSignal.none()))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ApiException.Kind.NETWORK);
                    assertThat(e.getMessage()).contains(messageParts).doesNotContain("secret");
                });
    }

    @Test
    void anUnknownHostNameIsNamed() {
        // .invalid never resolves (RFC 2606), with or without a network.
        assertNetworkError(URI.create("https://no-such-commserve.invalid/commandcenter/api"),
                "The host name no-such-commserve.invalid could not be found", "Check its spelling");
    }

    @Test
    void aPortNobodyListensOnIsARefusedConnection() throws Exception {
        int freePort;
        try (ServerSocket socket = new ServerSocket(0)) {
            freePort = socket.getLocalPort();
        }
        assertNetworkError(URI.create("http://127.0.0.1:" + freePort + "/commandcenter/api"),
                "Could not connect to 127.0.0.1:" + freePort, "the connection was refused");
    }

    @Test
    void httpsToAWebServerThatAnswersPlainHttpSuggestsHttp() throws Exception {
        // What IIS or Tomcat do with a TLS hello on a plain port: an HTTP 400 at once.
        try (ServerSocket plain = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Thread server = new Thread(() -> answerOnce(plain, "HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n"));
            server.setDaemon(true);
            server.start();
            assertNetworkError(URI.create("https://127.0.0.1:" + plain.getLocalPort() + "/commandcenter/api"),
                    "The secure connection to 127.0.0.1:" + plain.getLocalPort() + " failed",
                    "If the server speaks plain HTTP, use an http:// address. Over http:// the password and the"
                            + " session token travel unencrypted");
        }
    }

    @Test
    void httpsToAPlainPortThatWaitsForMoreTimesOutWithTheSameHint() throws Exception {
        // The JDK's own HTTP server reads the TLS hello as the start of a request line and waits.
        try (DemoCommServe plain = DemoCommServe.start()) {
            CommServeClient impatient = CommServeClient.create("transport-test", TlsTrust.systemDefault(),
                    WireFormat.JSON, ClientTimeouts.ofSeconds(1, 5, 5));
            assertThatThrownBy(() -> impatient.login(ServerAddress.of(URI.create("https://127.0.0.1:" + plain.port())),
                    "demo", "secret".toCharArray(), CancelSignal.none()))
                    .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getMessage())
                            .contains("within 1 s (the connect timeout)")
                            .contains("If that port serves plain HTTP, use an http:// address. Over http:// the password"
                                    + " and the session token travel unencrypted, readable by anyone on the network path"));
        }
    }

    private static void answerOnce(ServerSocket listening, String answer) {
        try (Socket socket = listening.accept()) {
            socket.getInputStream().read(new byte[512]);
            socket.getOutputStream().write(answer.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
        } catch (IOException ignored) {
            // The client gave up first; the test's own assertion says what went wrong.
        }
    }
}

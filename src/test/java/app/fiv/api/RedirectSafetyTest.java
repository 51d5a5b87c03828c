package app.fiv.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.fiv.testing.TestClients;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A server that redirects elsewhere must never get the token sent on to that other address. */
class RedirectSafetyTest {
    private static final String TOKEN = "QSDK 5ecret70ken";

    private final List<String> seenElsewhere = new CopyOnWriteArrayList<>();
    private HttpServer redirecting;
    private HttpServer elsewhere;

    @BeforeEach
    void startServers() throws IOException {
        elsewhere = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        elsewhere.createContext("/", exchange -> {
            seenElsewhere.add(exchange.getRequestURI() + " " + exchange.getRequestHeaders());
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        elsewhere.start();
        redirecting = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        redirecting.createContext("/", exchange -> {
            exchange.getResponseHeaders().add("Location",
                    "http://127.0.0.1:" + elsewhere.getAddress().getPort() + exchange.getRequestURI());
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });
        redirecting.start();
    }

    @AfterEach
    void stopServers() {
        redirecting.stop(0);
        elsewhere.stop(0);
    }

    @Test
    void redirectsAreNotFollowedWithTheToken() {
        URI webService = URI.create("http://127.0.0.1:" + redirecting.getAddress().getPort() + "/commandcenter/api");
        Session session = new Session(webService, "demo", TOKEN);
        CommServeClient client = TestClients.json("redirect-test");

        assertThatThrownBy(() -> TestClients.items(client, session, 1001, CancelSignal.none()))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ApiException.Kind.SERVER);
                    assertThat(e.getMessage()).contains("redirected").doesNotContain(TOKEN);
                });
        assertThatThrownBy(() -> client.login(ServerAddress.of(webService), "demo", "pw".toCharArray(), CancelSignal.none()))
                .isInstanceOf(ApiException.class);
        assertThat(seenElsewhere).isEmpty();
    }

    @Test
    void redirectsAreNotFollowedWithAnAccessTokenNorItsRenewal() {
        URI webService = URI.create("http://127.0.0.1:" + redirecting.getAddress().getPort() + "/commandcenter/api");
        Session session = new Session(webService, "demo", new Credential.AccessToken("acce55secret", "refre5hsecret"));
        CommServeClient client = TestClients.json("redirect-test");

        assertThatThrownBy(() -> TestClients.items(client, session, 1001, CancelSignal.none()))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getMessage()).contains("redirected"));
        assertThatThrownBy(() -> client.renew(session, CancelSignal.none()))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getMessage()).contains("redirected")
                        .doesNotContain("acce55secret").doesNotContain("refre5hsecret"));
        assertThatThrownBy(() -> client.accessTokenSession(ServerAddress.of(webService),
                (Credential.AccessToken) session.credential(), CancelSignal.none())).isInstanceOf(ApiException.class);
        assertThat(seenElsewhere).isEmpty();
    }
}

package app.fiv.demo;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static app.fiv.demo.DemoClient.JSON;
import static app.fiv.demo.DemoClient.base64;
import static app.fiv.demo.DemoClient.json;
import static app.fiv.demo.DemoClient.loginBody;
import static org.assertj.core.api.Assertions.assertThat;

class ServerLifecycleTest {

    @Test
    void urlsPointAtTheLoopbackPort() throws IOException {
        try (DemoCommServe server = DemoCommServe.start()) {
            assertThat(server.port()).isPositive();
            assertThat(server.baseUrl()).isEqualTo(URI.create("http://127.0.0.1:" + server.port()));
            assertThat(server.webServiceUrl())
                    .isEqualTo(URI.create("http://127.0.0.1:" + server.port() + "/commandcenter/api"));
            assertThat(server.webServiceUrl().toString()).doesNotEndWith("/");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/commandcenter/api", "/webconsole/api", "/SearchSvc/CVWebService.svc"})
    void everyWebServiceRootServesTheApi(String root) throws IOException {
        try (DemoCommServe server = DemoCommServe.start()) {
            DemoClient client = new DemoClient(URI.create(server.baseUrl() + root));
            String token = client.login();

            assertThat(client.get("/WhoAmI", token, JSON).statusCode()).isEqualTo(200);
            assertThat(client.getBytes("/Job/1005/FailedItems", token, JSON).body()).hasSizeGreaterThan(1_000_000);
        }
    }

    @Test
    void pathsOutsideTheApiGetAnHtml404() throws IOException {
        try (DemoCommServe server = DemoCommServe.start()) {
            DemoClient client = new DemoClient(server.baseUrl());
            String token = new DemoClient(server.webServiceUrl()).login();

            for (String path : List.of("/", "/commandcenter/api", "/commandcenter/api/", "/api/Job/1001",
                    "/commandcenter/api//Job/1001", "/commandcenter/api/Jobs/1001",
                    "/commandcenter/api/Job/1001/FailedItems/", "/CommandCenter/api/WhoAmI")) {
                HttpResponse<String> response = client.get(path, token, JSON);

                assertThat(response.statusCode()).as(path).isEqualTo(404);
                assertThat(response.headers().firstValue("Content-Type")).as(path).hasValue("text/html;charset=utf-8");
                assertThat(response.body()).as(path).contains("<html").contains("404");
            }
        }
    }

    @Test
    void closeFreesThePortPromptly() throws IOException {
        DemoCommServe server = DemoCommServe.start();
        int port = server.port();
        new DemoClient(server.webServiceUrl()).login();

        long started = System.nanoTime();
        server.close();
        server.close(); // idempotent

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            assertThat(socket.getLocalPort()).isEqualTo(port);
        }
        try (DemoCommServe again = DemoCommServe.start(port)) {
            assertThat(again.port()).isEqualTo(port);
            assertThat(new DemoClient(again.webServiceUrl()).login()).startsWith("QSDK ");
        }
    }

    @Test
    void requestsAreRecordedForAssertions() throws IOException {
        try (DemoCommServe server = DemoCommServe.start()) {
            DemoClient client = new DemoClient(server.webServiceUrl());
            String password = base64("failed-items");
            String token = client.login();
            client.get("/Job/1007/FailedItems?x=1", token, JSON);

            List<RecordedRequest> requests = server.requests();

            assertThat(requests).hasSize(2);
            RecordedRequest login = requests.get(0);
            assertThat(login.method()).isEqualTo("POST");
            assertThat(login.path()).isEqualTo("/commandcenter/api/Login");
            assertThat(login.query()).isEmpty();
            assertThat(json(login.body()).path("password").asText()).isEqualTo(password);
            assertThat(login.body()).isEqualTo(loginBody("demo", password));
            RecordedRequest get = requests.get(1);
            assertThat(get.method()).isEqualTo("GET");
            assertThat(get.path()).isEqualTo("/commandcenter/api/Job/1007/FailedItems");
            assertThat(get.query()).isEqualTo("x=1");
            assertThat(get.header("authtoken")).isEqualTo(token);
            assertThat(get.headers().get("AUTHTOKEN")).containsExactly(token);
            assertThat(get.header("Accept")).isEqualTo(JSON);
            assertThat(get.body()).isEmpty();
        }
    }

    @Test
    void concurrentRequestsAreServedTogether() throws Exception {
        try (DemoCommServe server = DemoCommServe.start()) {
            DemoClient client = new DemoClient(server.webServiceUrl());
            String token = client.login();
            ExecutorService pool = Executors.newFixedThreadPool(8);
            try {
                List<CompletableFuture<Integer>> calls = List.of(
                        CompletableFuture.supplyAsync(() -> client.getBytes("/Job/1005/FailedItems", token, JSON).statusCode(), pool),
                        CompletableFuture.supplyAsync(() -> client.getBytes("/Job/1005/FailedItems", token, null).statusCode(), pool),
                        CompletableFuture.supplyAsync(() -> client.get("/Job/1006/FailedItems", token, JSON).statusCode(), pool),
                        CompletableFuture.supplyAsync(() -> client.get("/WhoAmI", token, JSON).statusCode(), pool),
                        CompletableFuture.supplyAsync(() -> client.get("/Job/1003", token, JSON).statusCode(), pool),
                        CompletableFuture.supplyAsync(() -> client.get("/Job/1009/FailedItems", token, JSON).statusCode(), pool));

                CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)).get(20, TimeUnit.SECONDS);

                assertThat(calls).extracting(CompletableFuture::join).containsExactly(200, 200, 200, 200, 200, 500);
            } finally {
                pool.shutdownNow();
            }
        }
    }

    /** Without TCP_NODELAY each small answer on a kept-alive connection waited ~40 ms for the client's delayed ACK. */
    @Test
    void smallAnswersDoNotWaitForDelayedAcks() throws IOException {
        try (DemoCommServe ignored = DemoCommServe.start()) {
            assertThat(System.getProperty(DemoCommServe.NO_DELAY)).isEqualTo("true");
        }
    }
}

package app.fiv.demo;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

import static app.fiv.demo.DemoClient.JSON;
import static app.fiv.demo.DemoClient.XML;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Jobs 2017, 2018 and 2020, whose connections stall or drop. A server per test: these tests close
 * it, count its stalls and change its stall limit.
 */
class TransportFaultsTest {

    private static final Duration ONE_SECOND = Duration.ofSeconds(1);

    private DemoCommServe server;
    private String token;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @BeforeEach
    void start() throws IOException {
        server = DemoCommServe.start();
        token = new DemoClient(server.webServiceUrl()).login();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void stallBeforeHeadersTimesOutAClientWaitingOneSecond() {
        long started = System.nanoTime();

        Throwable thrown = catchThrowable(() -> http.send(request(DemoJobs.STALL_BEFORE_HEADERS, ONE_SECOND),
                HttpResponse.BodyHandlers.ofString()));

        assertThat(thrown).isInstanceOf(HttpTimeoutException.class).hasMessage("request timed out");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isBetween(ONE_SECOND, Duration.ofSeconds(5));
    }

    @Test
    void stallBeforeHeadersSendsNotAByte() throws IOException {
        try (RawHttp raw = RawHttp.get(server, failedItems(DemoJobs.STALL_BEFORE_HEADERS), token, JSON)) {
            boolean closed = raw.readUntilClosedOrQuietFor(ONE_SECOND);

            assertThat(closed).isFalse();
            assertThat(raw.received()).isEmpty();
            assertThat(server.stalledConnections()).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @CsvSource({"application/json, application/json;charset=utf-8, '{\"isFailedItemsCSV\":false,\"failedItems\":[{'",
            "application/xml, application/xml;charset=utf-8, '<CVGui_JobFailedItemsResp isFailedItemsCSV=\"false\"><failedItems '"})
    void stallMidBodySendsHalfTheAnnouncedLengthThenNothing(String accept, String contentType, String start)
            throws IOException {
        try (RawHttp raw = RawHttp.get(server, failedItems(DemoJobs.STALL_MID_BODY), token, accept)) {
            boolean closed = raw.readUntilClosedOrQuietFor(ONE_SECOND);

            assertThat(closed).isFalse();
            assertThat(raw.head()).startsWith("HTTP/1.1 200 ");
            assertThat(raw.header("Content-Type")).isEqualTo(contentType);
            assertThat(raw.header("Transfer-Encoding")).isNull();
            int announced = Integer.parseInt(raw.header("Content-Length"));
            assertThat(announced).isGreaterThan(DemoJobs.STALL_ITEMS * 100);
            assertThat(raw.body()).hasSize(announced / 2);
            assertThat(new String(raw.body(), StandardCharsets.UTF_8)).startsWith(start);
            assertThat(server.stalledConnections()).isEqualTo(1);
        }
    }

    @Test
    void stallMidBodyTimesOutAClientWaitingOneSecondForTheBody() throws Exception {
        CompletableFuture<HttpResponse<String>> call = http.sendAsync(request(DemoJobs.STALL_MID_BODY, ONE_SECOND),
                HttpResponse.BodyHandlers.ofString());

        assertThatThrownBy(() -> call.get(1, TimeUnit.SECONDS)).isInstanceOf(TimeoutException.class);
        call.cancel(true);
    }

    /** What a client must know: the JDK client's request time-out ends when the headers arrive. */
    @Test
    void httpClientRequestTimeoutDoesNotCoverTheBody() throws Exception {
        HttpResponse<InputStream> response = http.send(request(DemoJobs.STALL_MID_BODY, ONE_SECOND),
                HttpResponse.BodyHandlers.ofInputStream());
        CompletableFuture<byte[]> body = CompletableFuture.supplyAsync(() -> readAll(response.body()));

        Thread.sleep(2_500);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(body).isNotDone();
        server.close();
        // The body stream says "closed", caused by the short body.
        assertThatThrownBy(() -> body.get(5, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .hasStackTraceContaining("fixed content-length: ");
    }

    @Test
    void stallsHoldNoServerThread() throws Exception {
        List<RawHttp> stalls = new ArrayList<>();
        try {
            for (int i = 0; i < DemoCommServe.THREADS * 2; i++) {
                long job = i % 2 == 0 ? DemoJobs.STALL_BEFORE_HEADERS : DemoJobs.STALL_MID_BODY;
                stalls.add(RawHttp.get(server, failedItems(job), token, JSON));
            }
            waitUntil(() -> server.stalledConnections() == DemoCommServe.THREADS * 2);

            DemoClient client = new DemoClient(server.webServiceUrl());
            assertThat(client.get("/WhoAmI", token, JSON).statusCode()).isEqualTo(200);
            assertThat(client.getBytes(failedItems(DemoJobs.LINUX_SERVER), token, JSON).statusCode()).isEqualTo(200);
        } finally {
            for (RawHttp stall : stalls) {
                stall.close();
            }
        }
    }

    @Test
    void closeEndsStallsAtOnce() throws Exception {
        try (RawHttp silent = RawHttp.get(server, failedItems(DemoJobs.STALL_BEFORE_HEADERS), token, JSON);
             RawHttp halfway = RawHttp.get(server, failedItems(DemoJobs.STALL_MID_BODY), token, JSON)) {
            CompletableFuture<HttpResponse<String>> client = http.sendAsync(request(DemoJobs.STALL_MID_BODY, ONE_SECOND),
                    HttpResponse.BodyHandlers.ofString());
            waitUntil(() -> server.stalledConnections() == 3);

            long started = System.nanoTime();
            server.close();

            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
            assertThat(silent.readUntilClosedOrQuietFor(Duration.ofSeconds(2))).isTrue();
            assertThat(silent.received()).isEmpty();
            assertThat(halfway.readUntilClosedOrQuietFor(Duration.ofSeconds(2))).isTrue();
            assertThat(halfway.body()).hasSize(Integer.parseInt(halfway.header("Content-Length")) / 2);
            assertThat(server.stalledConnections()).isZero();
            assertThatThrownBy(() -> client.get(2, TimeUnit.SECONDS)).cause()
                    .isInstanceOf(IOException.class).hasMessageContaining("fixed content-length");
        }
    }

    @Test
    void stallsEndAfterTheLimit() throws Exception {
        try (DemoCommServe impatient = DemoCommServe.startWithStallLimit(Duration.ofMillis(300))) {
            String impatientToken = new DemoClient(impatient.webServiceUrl()).login();
            try (RawHttp silent = RawHttp.get(impatient, failedItems(DemoJobs.STALL_BEFORE_HEADERS), impatientToken, XML);
                 RawHttp halfway = RawHttp.get(impatient, failedItems(DemoJobs.STALL_MID_BODY), impatientToken, XML)) {
                long started = System.nanoTime();

                assertThat(silent.readUntilClosedOrQuietFor(Duration.ofSeconds(3))).isTrue();
                assertThat(halfway.readUntilClosedOrQuietFor(Duration.ofSeconds(3))).isTrue();

                assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
                assertThat(silent.received()).isEmpty();
                assertThat(halfway.body()).hasSize(Integer.parseInt(halfway.header("Content-Length")) / 2);
                assertThat(impatient.stalledConnections()).isZero();
            }
        }
    }

    @Test
    void droppedConnectionEndsBeforeAStatusLine() throws IOException {
        try (RawHttp raw = RawHttp.get(server, failedItems(DemoJobs.DROPPED_CONNECTION), token, JSON)) {
            assertThat(raw.readUntilClosedOrQuietFor(ONE_SECOND)).isTrue();

            assertThat(raw.received()).isEmpty();
            assertThat(server.stalledConnections()).isZero();
        }
    }

    @Test
    void droppedConnectionIsAnIOExceptionForTheJdkClient() {
        Throwable thrown = catchThrowable(() -> http.send(request(DemoJobs.DROPPED_CONNECTION, Duration.ofSeconds(10)),
                HttpResponse.BodyHandlers.ofString()));

        assertThat(thrown).isInstanceOf(IOException.class).isNotInstanceOf(HttpTimeoutException.class)
                .hasMessageContaining("received no bytes");
    }

    private HttpRequest request(long jobId, Duration timeout) {
        return HttpRequest.newBuilder(URI.create(server.webServiceUrl() + failedItems(jobId)))
                .header("Authtoken", token).header("Accept", JSON).timeout(timeout).build();
    }

    private static String failedItems(long jobId) {
        return "/Job/" + jobId + "/FailedItems";
    }

    private static byte[] readAll(InputStream in) {
        try (in) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void waitUntil(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 5 s");
            }
            Thread.sleep(20);
        }
    }
}

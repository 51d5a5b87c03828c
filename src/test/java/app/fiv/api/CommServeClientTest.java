package app.fiv.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.fiv.demo.DemoCommServe;
import app.fiv.demo.DemoJobs;
import app.fiv.demo.RecordedRequest;
import app.fiv.model.FailedItemsTable;
import app.fiv.model.TableBuilder;
import app.fiv.model.Shape;
import app.fiv.testing.DemoLogins;
import app.fiv.testing.TestClients;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The client against the demo CommServe over real HTTP. */
class CommServeClientTest {
    private static DemoCommServe demo;
    private static CommServeClient client;
    private static Session session;

    @BeforeAll
    static void startDemo() throws Exception {
        demo = DemoCommServe.start();
        client = TestClients.json("test-device");
        session = login(DemoCommServe.USER, DemoCommServe.PASSWORD);
    }

    @AfterAll
    static void stopDemo() {
        demo.close();
    }

    private static Session login(String user, String password) throws ApiException {
        return client.login(ServerAddress.of(demo.webServiceUrl()), user, password.toCharArray(), CancelSignal.none());
    }

    private static FailedItemsTable fetch(long jobId) throws ApiException {
        return TestClients.items(client, session, jobId, CancelSignal.none());
    }

    private static void assertFails(ThrowingCallable call, ApiException.Kind kind, String messagePart) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.kind()).isEqualTo(kind);
            assertThat(e.getMessage()).contains(messagePart);
            assertThat(e.getMessage()).doesNotContain(session.token());
        });
    }

    @Test
    void loginReturnsAQsdkTokenAndSendsBase64PasswordAndDeviceId() throws Exception {
        Session fresh = login(DemoCommServe.USER, DemoCommServe.PASSWORD);

        assertThat(fresh.token()).startsWith("QSDK ");
        assertThat(fresh.userName()).isEqualTo(DemoCommServe.USER);
        assertThat(fresh.toString()).doesNotContain(fresh.token());
        RecordedRequest loginRequest = lastRequestTo("/Login");
        JsonNode body = new ObjectMapper().readTree(loginRequest.body());
        assertThat(body.path("deviceId").asText()).isEqualTo("test-device");
        assertThat(body.path("password").asText()).isNotEqualTo(DemoCommServe.PASSWORD);
    }

    @Test
    void aBareHostAndPortFindsTheWebService() throws Exception {
        ServerAddress address = ServerAddress.parse("http://127.0.0.1:" + demo.port());

        Session viaRoot = client.login(address, DemoCommServe.USER, DemoCommServe.PASSWORD.toCharArray(), CancelSignal.none());

        assertThat(viaRoot.webService()).isEqualTo(URI.create(demo.baseUrl() + "/commandcenter/api"));
    }

    @Test
    void otherWebServiceRootsWork() throws Exception {
        for (String root : List.of("/webconsole/api", "/SearchSvc/CVWebService.svc")) {
            ServerAddress address = ServerAddress.parse(demo.baseUrl() + root + "/");
            Session other = client.login(address, DemoCommServe.USER, DemoCommServe.PASSWORD.toCharArray(), CancelSignal.none());
            assertThat(TestClients.items(client, other, DemoJobs.LIST_SAMPLE, CancelSignal.none()).rowCount())
                    .isEqualTo(2);
        }
    }

    @Test
    void wrongPasswordAndLockedAccountAreExplained() {
        assertFails(() -> login(DemoCommServe.USER, "wrong"), ApiException.Kind.AUTHENTICATION,
                "Invalid username or password");
        assertFails(() -> login("locked", "whatever"), ApiException.Kind.AUTHENTICATION, "Account locked for 12 min");
    }

    @Test
    void aWebServiceUrlWithNoApiIsExplained() {
        assertFails(() -> client.login(ServerAddress.parse(demo.baseUrl() + "/nothing/here"), "demo",
                "x".toCharArray(), CancelSignal.none()), ApiException.Kind.SERVER, "No Commvault REST API answered");
    }

    @Test
    void callsCarryTheTokenAndAskForJson() throws Exception {
        fetch(DemoJobs.LIST_SAMPLE);

        RecordedRequest request = lastRequestTo("/Job/" + DemoJobs.LIST_SAMPLE + "/FailedItems");
        assertThat(header(request, "Authtoken")).isEqualTo(session.token());
        assertThat(header(request, "Accept")).isEqualTo("application/json");
    }

    @Test
    void listShapeJobGivesTheDocumentedColumns() throws Exception {
        FailedItemsTable table = fetch(DemoJobs.LIST_SAMPLE);

        assertThat(table.shape()).isEqualTo(Shape.LIST);
        assertThat(table.columns()).containsExactly("failureReason", "entity");
        assertThat(table.cell(0, 1)).isEqualTo("C:\\Users\\Administrator\\Desktop\\BackupFolder\\RestrictedFolder\\");
    }

    @Test
    void csvShapeJobUsesItsHeader() throws Exception {
        FailedItemsTable table = fetch(DemoJobs.CSV_SAMPLE);

        assertThat(table.shape()).isEqualTo(Shape.CSV);
        assertThat(table.columns()).containsExactly("Item Type", "Item Name", "Team Name", "Path", "Status", "Reason", "GUID");
        assertThat(table.cell(0, 2)).isEqualTo("WikiTestTeam1");
    }

    @Test
    void unknownKeysBecomeColumnsInFirstSeenOrder() throws Exception {
        FailedItemsTable table = fetch(DemoJobs.UNC_EXTRA_KEYS);

        assertThat(table.columns()).containsExactlyElementsOf(keysInFirstSeenOrder(DemoJobs.UNC_EXTRA_KEYS));
        assertThat(table.columns()).contains("failureReason", "entity").hasSizeGreaterThan(2);
    }

    @Test
    void largeJobArrivesWhole() throws Exception {
        long[] bytes = new long[1];
        TableBuilder builder = new TableBuilder();
        client.failedItems(session, DemoJobs.LARGE_FILE_SERVER, builder, CancelSignal.none(), received -> bytes[0] = received);
        FailedItemsTable table = builder.build();

        assertThat(table.rowCount()).isEqualTo(DemoJobs.LARGE_FILE_SERVER_ITEMS);
        assertThat(bytes[0]).isGreaterThan(DemoJobs.LARGE_FILE_SERVER_ITEMS * 40L);
    }

    @Test
    void jobWithoutFailedItemsIsAnEmptyTable() throws Exception {
        FailedItemsTable table = fetch(DemoJobs.NO_FAILED_ITEMS);

        assertThat(table.rowCount()).isZero();
        assertThat(table.columns()).isNotEmpty();
    }

    @Test
    void jobSummaryIsRead() throws Exception {
        JobSummary summary = client.jobSummary(session, DemoJobs.LIST_SAMPLE, CancelSignal.none());

        assertThat(summary.jobId()).isEqualTo(DemoJobs.LIST_SAMPLE);
        assertThat(summary.clientName()).isNotBlank();
        assertThat(summary.status()).isNotBlank();
        assertThat(summary.startTime()).isPresent();
    }

    @Test
    void missingJobIsNotFound() {
        assertFails(() -> client.jobSummary(session, DemoJobs.MISSING, CancelSignal.none()),
                ApiException.Kind.NOT_FOUND, "Job " + DemoJobs.MISSING + " was not found");
        assertFails(() -> fetch(DemoJobs.MISSING), ApiException.Kind.NOT_FOUND, String.valueOf(DemoJobs.MISSING));
    }

    @Test
    void errorBodiesOnAnyStatusShowTheServersMessage() {
        assertFails(() -> fetch(DemoJobs.ERROR_BODY_200), ApiException.Kind.SERVER, "index");
        assertFails(() -> fetch(DemoJobs.SERVER_ERROR_500), ApiException.Kind.SERVER, "HTTP 500");
        assertFails(() -> fetch(DemoJobs.SERVER_ERROR_500), ApiException.Kind.SERVER,
                "Internal server error while reading the job's failed items");
    }

    @Test
    void anExpiredTokenIsAnAuthenticationError() throws Exception {
        Session soonExpired = login(DemoCommServe.USER, DemoCommServe.PASSWORD);
        try (DemoCommServe other = DemoCommServe.start()) {
            Session there = DemoLogins.logIn(client, other);
            other.expireAllTokens();
            assertFails(() -> TestClients.items(client, there, DemoJobs.LIST_SAMPLE, CancelSignal.none()),
                    ApiException.Kind.AUTHENTICATION, "Log in again");
            assertFails(() -> client.checkSession(there, CancelSignal.none()), ApiException.Kind.AUTHENTICATION, "expired");
        }
        client.checkSession(soonExpired, CancelSignal.none());
    }

    @Test
    void aServerThatIsDownIsANetworkError() throws Exception {
        int freePort;
        try (ServerSocket socket = new ServerSocket(0)) {
            freePort = socket.getLocalPort();
        }
        URI nowhere = URI.create("http://127.0.0.1:" + freePort + "/commandcenter/api");
        Session stale = new Session(nowhere, "demo", "QSDK stale");

        assertFails(() -> TestClients.items(client, stale, 1, CancelSignal.none()), ApiException.Kind.NETWORK,
                "Could not connect to 127.0.0.1:" + freePort);
        assertFails(() -> client.login(ServerAddress.of(nowhere), "demo", "x".toCharArray(), CancelSignal.none()),
                ApiException.Kind.NETWORK, "connection was refused");
    }

    @Test
    void aCancelledCallStopsWithoutAnError() {
        CancelSignal cancel = new CancelSignal();
        cancel.cancel();

        assertThatThrownBy(() -> TestClients.items(client, session, DemoJobs.LARGE_FILE_SERVER, cancel))
                .isInstanceOf(java.util.concurrent.CancellationException.class);
    }

    /** The keys as an independent reading of the raw response finds them. */
    private static List<String> keysInFirstSeenOrder(long jobId) throws Exception {
        HttpResponse<byte[]> raw = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(session.webService() + "/Job/" + jobId + "/FailedItems"))
                .header("Authtoken", session.token()).header("Accept", "application/json").build(),
                HttpResponse.BodyHandlers.ofByteArray());
        Set<String> keys = new LinkedHashSet<>();
        for (JsonNode item : new ObjectMapper().readTree(raw.body()).path("failedItems")) {
            for (Iterator<String> names = item.fieldNames(); names.hasNext(); ) {
                keys.add(names.next());
            }
        }
        return new ArrayList<>(keys);
    }

    private static RecordedRequest lastRequestTo(String pathEnd) {
        List<RecordedRequest> all = demo.requests();
        for (int i = all.size() - 1; i >= 0; i--) {
            if (all.get(i).path().endsWith(pathEnd)) {
                return all.get(i);
            }
        }
        throw new AssertionError("no request to " + pathEnd + " in " + all.size() + " requests");
    }

    private static String header(RecordedRequest request, String name) {
        return request.headers().entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase(name))
                .map(e -> e.getValue().get(0))
                .findFirst().orElse(null);
    }
}

package app.fiv.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.fiv.testing.TestClients;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The answer forms of JobDetails, Events and Resubmit that the demo does not send: every documented
 * error form, lists of one in XML, values Commvault writes for "unknown", and a bare 404.
 */
class JobActionAnswersTest {
    private record Canned(int status, String contentType, String body) {
    }

    private final Map<String, Canned> answers = new ConcurrentHashMap<>();
    private final CommServeClient client = TestClients.json("answers-test");
    private HttpServer server;
    private Session session;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath().replace("/commandcenter/api/", "");
            Canned canned = answers.getOrDefault(path, new Canned(404, "text/html", "<html><body>Not Found</body></html>"));
            byte[] body = canned.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", canned.contentType());
            exchange.sendResponseHeaders(canned.status(), body.length == 0 ? -1 : body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        URI webService = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/commandcenter/api");
        session = new Session(webService, "admin", "QSDK stub-token");
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private void answer(String path, int status, String contentType, String body) {
        answers.put(path, new Canned(status, contentType, body));
    }

    private static void assertFails(ThrowingCallable call, ApiException.Kind kind, String... parts) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.kind()).isEqualTo(kind);
            assertThat(e.getMessage()).contains(parts).doesNotContain("stub-token");
        });
    }

    @Test
    void errorCodeAndErrorMessageInsideHttp200() {
        answer("JobDetails", 200, "application/json", "{\"errorCode\": 5, \"errorMessage\": \"Failed to get job details\"}");
        answer("Events", 200, "application/json", "{\"errorCode\": 7, \"errorMessage\": \"Event viewer\\u0007 is busy\"}");

        assertFails(() -> client.jobDetails(session, 7, CancelSignal.none()), ApiException.Kind.SERVER,
                "gave no details of job 7: Failed to get job details (error 5)");
        assertFails(() -> client.jobEvents(session, 7, CancelSignal.none()), ApiException.Kind.SERVER,
                "did not list the events of job 7: Event viewer is busy (error 7)");
    }

    @Test
    void errListInsideErrorsAndAtTheTopInXml() {
        answer("Job/9/action/Resubmit", 200, "application/xml", "<JobManager_JobActionResponse><errors>"
                + "<errList errorCode=\"1136\" errLogMessage=\"Access denied for user [ops]\"/></errors></JobManager_JobActionResponse>");
        answer("JobDetails", 200, "application/xml",
                "<JobManager_JobDetailResponse><errList errorCode=\"2\" errLogMessage=\"Invalid job id\"/></JobManager_JobDetailResponse>");

        assertFails(() -> client.resubmit(session, 9, CancelSignal.none()), ApiException.Kind.SERVER,
                "did not resubmit job 9: Access denied for user [ops] (error 1136)");
        assertFails(() -> client.jobDetails(session, 9, CancelSignal.none()), ApiException.Kind.NOT_FOUND, "Job 9 was not found");
    }

    @Test
    void somethingElseNotFoundIsARefusalNotAMissingJob() {
        answer("Job/9/action/Resubmit", 200, "application/json",
                "{\"errorCode\": 5, \"errorMessage\": \"Storage policy [SP-Disk-30d] not found. Job cannot be started.\"}");
        answer("JobDetails", 200, "application/json", "{\"errorCode\": 9, \"errorMessage\": \"The job [9] does not exist\"}");

        assertFails(() -> client.resubmit(session, 9, CancelSignal.none()), ApiException.Kind.SERVER,
                "did not resubmit job 9: Storage policy [SP-Disk-30d] not found");
        assertFails(() -> client.jobDetails(session, 9, CancelSignal.none()), ApiException.Kind.NOT_FOUND, "Job 9 was not found");
    }

    @Test
    void anAnswerWithNeitherDataNorErrorIsASafeRefusal() {
        answer("Job/9/action/Resubmit", 200, "application/json", "{\"errorCode\": 0}");
        answer("JobDetails", 200, "application/json", "{\"job\": {}}");

        assertFails(() -> client.resubmit(session, 9, CancelSignal.none()), ApiException.Kind.SERVER,
                "names no new job", "so it does not run twice");
        assertFails(() -> client.jobDetails(session, 9, CancelSignal.none()), ApiException.Kind.SERVER, "has no job.jobDetail");
    }

    @Test
    void aNewJobIdFromAnXmlListOfOneAndDataBesideErrorCodeZero() throws Exception {
        answer("Job/9/action/Resubmit", 200, "application/xml",
                "<JobManager_JobActionResponse errorCode=\"0\"><jobIds>61234</jobIds></JobManager_JobActionResponse>");

        assertThat(client.resubmit(session, 9, CancelSignal.none()).newJobId()).isEqualTo(61234);
        answer("Job/9/action/Resubmit", 200, "application/json", "{\"jobIds\": [61235, 61236], \"errorCode\": 0}");
        assertThat(client.resubmit(session, 9, CancelSignal.none()).newJobIds()).containsExactly(61235L, 61236L);
    }

    @Test
    void detailsWithPartsMissingAndUnknownValues() throws Exception {
        answer("JobDetails", 200, "application/xml", "<JobManager_JobDetailResponse><job><jobDetail>"
                + "<generalInfo jobStartedBy=\"ops\" jobType=\"Backup\" startTime=\"1700000000\"/>"
                + "<detailInfo numOfObjects=\"-999\" skippedItems=\"3\" endTime=\"0\"/>"
                + "<attemptsInfo phaseName=\"Backup\" status=\"Failed\" reason=\"Network path not found\"/>"
                + "<clientStatusInfo><vmStatus vmName=\"vm-a\" Status=\"Failed\" FailureReason=\"Snapshot failed\"/></clientStatusInfo>"
                + "</jobDetail></job></JobManager_JobDetailResponse>");

        JobDetails details = client.jobDetails(session, 9, CancelSignal.none());

        assertThat(details.jobId()).isEqualTo(9);
        assertThat(details.startedBy()).isEqualTo("ops");
        assertThat(details.startedFrom()).isEmpty();
        assertThat(details.operation()).isEqualTo("Backup");
        assertThat(details.state()).isEmpty();
        assertThat(details.objects()).isEmpty();
        assertThat(details.skippedItems()).hasValue(3);
        assertThat(details.filesTransferred()).isEmpty();
        assertThat(details.startTime()).hasValue(Instant.ofEpochSecond(1_700_000_000));
        assertThat(details.endTime()).isEmpty();
        assertThat(details.attempts()).singleElement().satisfies(attempt -> {
            assertThat(attempt.number()).isZero();
            assertThat(attempt.reason()).isEqualTo("Network path not found");
        });
        assertThat(details.virtualMachines()).singleElement().satisfies(vm -> {
            assertThat(vm.outcome()).isEqualTo(VmOutcome.FAILED);
            assertThat(vm.status()).isEqualTo("Failed");
            assertThat(vm.host()).isEmpty();
        });
    }

    @Test
    void eventsAsOneXmlElementAndCodesAsOneNumber() throws Exception {
        answer("Events", 200, "application/xml", "<EvGui_GetEventsResp><commservEvents id=\"5\" severity=\"9\""
                + " eventCode=\"318767226\" jobId=\"9\" subsystem=\"JobManager\" description=\"Job failed\" timeSource=\"1700000000\">"
                + "<clientEntity clientName=\"fs01\"/></commservEvents></EvGui_GetEventsResp>");

        List<JobEvent> events = client.jobEvents(session, 9, CancelSignal.none());

        assertThat(events).containsExactly(new JobEvent(5, java.util.Optional.of(Instant.ofEpochSecond(1_700_000_000)),
                EventSeverity.CRITICAL, "19:122", "JobManager", "Job failed", "fs01", 9));
        answer("Events", 200, "application/json", "{}");
        assertThat(client.jobEvents(session, 9, CancelSignal.none())).isEmpty();
    }

    @Test
    void a404WithACommvaultBodyIsTheServersAnswerNotAMissingEndpoint() {
        answer("JobDetails", 404, "application/json", "{\"errorCode\": 2, \"errorMessage\": \"Job [9] not found\"}");
        answer("Job/9/action/Resubmit", 404, "application/json", "{\"errorCode\": 77, \"errorMessage\": \"Workflow engine offline\"}");

        assertThatThrownBy(() -> client.jobDetails(session, 9, CancelSignal.none())).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.kind()).isEqualTo(ApiException.Kind.NOT_FOUND);
            assertThat(e.isEndpointMissing()).isFalse();
        });
        assertThatThrownBy(() -> client.resubmit(session, 9, CancelSignal.none())).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.kind()).isEqualTo(ApiException.Kind.SERVER);
            assertThat(e.isEndpointMissing()).isFalse();
            assertThat(e.getMessage()).contains("Workflow engine offline (error 77)");
        });
    }

    @Test
    void aBare404IsAMissingEndpointAndOtherStatusesKeepTheirMeaning() {
        answer("Events", 404, "text/plain", "");
        answer("JobDetails", 200, "text/html", "<html><body>Sign in to the proxy</body></html>");
        answer("Job/9/action/Resubmit", 500, "application/json", "{\"errorMessage\": \"Database unavailable\"}");

        assertThatThrownBy(() -> client.jobEvents(session, 9, CancelSignal.none())).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.isEndpointMissing()).isTrue();
            assertThat(e.getMessage()).contains("does not offer job events (GET Events)", "/commandcenter/api/Events");
        });
        assertFails(() -> client.jobDetails(session, 9, CancelSignal.none()), ApiException.Kind.SERVER, "web page");
        assertFails(() -> client.resubmit(session, 9, CancelSignal.none()), ApiException.Kind.SERVER,
                "HTTP 500", "Database unavailable");
        answer("Events", 401, "application/json", "{\"errorCode\": 401}");
        assertThatThrownBy(() -> client.jobEvents(session, 9, CancelSignal.none()))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.isSessionRejected()).isTrue());
    }
}

package app.fiv.demo;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Element;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.stream.Collectors;

import static app.fiv.demo.DemoClient.JSON;
import static app.fiv.demo.DemoClient.XML;
import static app.fiv.demo.DemoClient.json;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code GET Events?jobId=}: the events a job raised, of every severity, newest first. */
class EventsTest {

    static DemoCommServe server;
    static DemoClient client;
    static String token;

    @BeforeAll
    static void start() throws IOException {
        server = DemoCommServe.builder().clock(new TestClock(TestClock.MORNING)).start();
        client = new DemoClient(server.webServiceUrl());
        token = client.login();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aVmJobWithAFailedVmRaisesEventsOfEverySeverity() {
        JsonNode job = HistoryRuns.runs(client, token, HistoryClients.VM_PRODUCTION).get(0);
        List<JsonNode> events = events("jobId=" + job.path("jobId").asLong());

        assertThat(events.stream().map(e -> e.path("severity").asInt()).collect(Collectors.toSet())).containsExactlyInAnyOrder(0, 3, 6, 9);
        assertThat(events).allSatisfy(event -> {
            assertThat(event.path("jobId").asLong()).isEqualTo(job.path("jobId").asLong());
            assertThat(event.path("clientEntity").path("clientName").asText()).isEqualTo("vcenter-prod");
            assertThat(event.path("clientEntity").path("clientId").asInt()).isEqualTo(307);
            assertThat(event.path("timeSource").asLong()).isBetween(job.path("jobStartTime").asLong(), job.path("jobEndTime").asLong());
            assertThat(event.path("subsystem").asText()).isNotBlank();
            assertThat(event.path("description").asText()).isNotBlank();
            String[] code = event.path("eventCodeString").asText().split(":");
            assertThat(event.path("eventCode").asLong()).isEqualTo((Long.parseLong(code[0]) << 24) | Long.parseLong(code[1]));
        });
        assertThat(events).extracting(e -> e.path("timeSource").asLong()).isSortedAccordingTo((a, b) -> Long.compare(b, a));
        assertThat(events).filteredOn(e -> e.path("severity").asInt() == 9).extracting(e -> e.path("description").asText())
                .anySatisfy(text -> assertThat(text).contains("vm-sql-test03"));
        assertThat(events).extracting(e -> e.path("eventCodeString").asText()).contains("19:122");
    }

    @Test
    void aFailedJobsEventsSayWhy() {
        JsonNode failed = HistoryRuns.list(client, token, "completedJobLookupTime=86400").stream()
                .filter(job -> job.path("status").asText().equals("Failed")).findFirst().orElseThrow();
        List<JsonNode> events = events("jobId=" + failed.path("jobId").asLong());

        assertThat(events).filteredOn(e -> e.path("severity").asInt() == 9).singleElement()
                .satisfies(e -> assertThat(e.path("description").asText()).contains("Login failed"));
        assertThat(events).filteredOn(e -> e.path("severity").asInt() == 6).hasSize(3);
    }

    @Test
    void severitiesCanBeLeftOut() {
        long vmJob = HistoryRuns.runs(client, token, HistoryClients.VM_PRODUCTION).get(0).path("jobId").asLong();

        assertThat(events("jobId=" + vmJob + "&showInfo=false&showMinor=false").stream().map(e -> e.path("severity").asInt())
                .collect(Collectors.toSet())).containsExactlyInAnyOrder(6, 9);
        assertThat(events("jobId=" + vmJob + "&showCritical=false&showMajor=false&showMinor=false"))
                .allSatisfy(e -> assertThat(e.path("severity").asInt()).isZero());
    }

    @Test
    void withoutAJobTheLastDaysEventsOfAClient() {
        List<JsonNode> events = events("clientId=303");

        assertThat(events).isNotEmpty().allSatisfy(e -> {
            assertThat(e.path("clientEntity").path("clientName").asText()).isEqualTo("lnx-web01");
            assertThat(e.path("timeSource").asLong()).isGreaterThanOrEqualTo(TestClock.MORNING.getEpochSecond() - 86_400);
        });
        assertThat(events.stream().map(e -> e.path("jobId").asLong()).distinct().count()).isEqualTo(1);
        long from = TestClock.MORNING.getEpochSecond() - 3 * 86_400;
        assertThat(events("clientId=303&fromTime=" + from).stream().map(e -> e.path("jobId").asLong()).distinct().count()).isEqualTo(3);
    }

    @ParameterizedTest
    @ValueSource(longs = {1001, 1012, 2015})
    void theFixedJobsHaveEventsToo(long jobId) {
        List<JsonNode> events = events("jobId=" + jobId);

        assertThat(events.stream().map(e -> e.path("severity").asInt()).collect(Collectors.toSet())).containsExactlyInAnyOrder(0, 3, 6);
        assertThat(events.get(0).path("description").asText()).contains("finished with status [Completed w/ one or more errors]");
    }

    @Test
    void anUnknownJobHasNoEvents() {
        HttpResponse<String> response = client.get("/Events?jobId=4040", token, JSON);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response.body()).has("commservEvents")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"jobId=abc", "clientId=-1", "fromTime=yesterday", "showInfo=maybe"})
    void badParametersAreExplained(String query) {
        HttpResponse<String> response = client.get("/Events?" + query, token, JSON);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response.body()).path("errorMessage").asText()).startsWith("Invalid " + query.substring(0, query.indexOf('=')));
    }

    @Test
    void xmlForm() throws Exception {
        Element root = TestXml.parse(client.getBytes("/Events?jobId=1001", token, XML).body());
        List<Element> events = TestXml.children(root, "commservEvents");

        assertThat(events).hasSize(4);
        assertThat(events.get(0).getAttribute("severity")).isEqualTo("0");
        assertThat(TestXml.children(events.get(0), "clientEntity").get(0).getAttribute("clientName")).isEqualTo("fileserver01");
    }

    private static List<JsonNode> events(String query) {
        HttpResponse<String> response = client.get("/Events?" + query, token, JSON);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return FailedItemsTest.list(json(response.body()).path("commservEvents"));
    }
}

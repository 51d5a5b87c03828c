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
import java.util.Map;

import static app.fiv.demo.DemoClient.JSON;
import static app.fiv.demo.DemoClient.XML;
import static app.fiv.demo.DemoClient.json;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code POST JobDetails}: general, progress and detail info, the attempts, and VM statuses for VM jobs. */
class JobDetailsTest {

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
    void aFileSystemJobsDetails() {
        JsonNode summary = HistoryRuns.runs(client, token, HistoryClients.FS_WIN01_USERS).get(0);
        JsonNode detail = details(summary.path("jobId").asLong());

        JsonNode general = detail.path("generalInfo");
        assertThat(general.path("jobStartedBy").asText()).isEqualTo("admin");
        assertThat(general.path("jobStartedFrom").asText()).isEqualTo("Scheduled");
        assertThat(general.path("subclient").path("subclientName").asText()).isEqualTo("Users");
        assertThat(general.path("subclient").path("clientName").asText()).isEqualTo("fs-win01");
        JsonNode progress = detail.path("progressInfo");
        assertThat(progress.path("state").asText()).isEqualTo("Completed w/ one or more errors");
        assertThat(progress.path("reasonForJobDelay").asText()).isEmpty();
        long failed = summary.path("totalFailedFiles").asLong() + summary.path("totalFailedFolders").asLong();
        assertThat(progress.path("numOfFilesTransferred").asLong()).isEqualTo(summary.path("totalNumOfFiles").asLong() - failed);
        JsonNode info = detail.path("detailInfo");
        assertThat(info.path("numOfObjects").asLong()).isEqualTo(summary.path("totalNumOfFiles").asLong());
        assertThat(info.path("startTime").asLong()).isEqualTo(summary.path("jobStartTime").asLong());
        assertThat(info.path("endTime").asLong()).isEqualTo(summary.path("jobEndTime").asLong());
        assertThat(info.has("skippedItems")).isTrue();
        assertThat(detail.path("attemptsInfo")).extracting(a -> a.path("phaseName").asText())
                .containsExactly("Scan", "Backup", "Archive Index");
        assertThat(detail.path("attemptsInfo").get(1).path("reason").asText()).contains(failed + " items");
        assertThat(detail.has("clientStatusInfo")).isFalse();
    }

    @Test
    void aVirtualMachineJobListsItsVms() {
        JsonNode summary = HistoryRuns.runs(client, token, HistoryClients.VM_PRODUCTION).get(0);
        JsonNode vms = details(summary.path("jobId").asLong()).path("clientStatusInfo").path("vmStatus");

        assertThat(vms).hasSize(12);
        List<JsonNode> failed = FailedItemsTest.list(vms).stream().filter(vm -> vm.path("Status").asInt() == 1).toList();
        assertThat(failed).extracting(vm -> vm.path("vmName").asText()).containsExactlyInAnyOrder("vm-sql-test03", "vm-web-02");
        assertThat(failed).allSatisfy(vm -> assertThat(vm.path("FailureReason").asText()).isNotBlank());
        assertThat(FailedItemsTest.list(vms)).filteredOn(vm -> vm.path("Status").asInt() == 0)
                .allSatisfy(vm -> assertThat(vm.path("FailureReason").asText()).isEmpty());
        List<JsonNode> items = FailedItemsTest.list(json(client.get("/Job/" + summary.path("jobId").asLong() + "/FailedItems",
                token, JSON).body()).path("failedItems"));
        assertThat(items).extracting(item -> item.path("entity").asText()).containsExactlyInAnyOrder("vm-sql-test03", "vm-web-02");
    }

    @Test
    void aFailedJobsAttemptsGiveTheReason() {
        JsonNode failed = HistoryRuns.list(client, token, "completedJobLookupTime=86400").stream()
                .filter(job -> job.path("status").asText().equals("Failed")).findFirst().orElseThrow();
        JsonNode attempts = details(failed.path("jobId").asLong()).path("attemptsInfo");

        assertThat(attempts).hasSize(4);
        assertThat(attempts.get(0).path("status").asText()).isEqualTo("Completed");
        for (int i = 1; i < 4; i++) {
            assertThat(attempts.get(i).path("phaseName").asText()).isEqualTo("Backup");
            assertThat(attempts.get(i).path("status").asText()).isEqualTo("Failed");
            assertThat(attempts.get(i).path("reason").asText()).isEqualTo(failed.path("pendingReason").asText());
            assertThat(attempts.get(i).path("attemptNumber").asInt()).isEqualTo(i + 1);
        }
    }

    @Test
    void aPendingJobsDelayReason() {
        JsonNode pending = HistoryRuns.list(client, token, "jobCategory=Active").stream()
                .filter(job -> job.path("status").asText().equals("Pending")).findFirst().orElseThrow();
        JsonNode detail = details(pending.path("jobId").asLong());

        assertThat(detail.path("progressInfo").path("reasonForJobDelay").asText()).contains("maintenance mode");
        assertThat(detail.path("progressInfo").path("state").asText()).isEqualTo("Pending");
        assertThat(detail.path("detailInfo").path("endTime").asLong()).isZero();
        JsonNode last = detail.path("attemptsInfo").get(detail.path("attemptsInfo").size() - 1);
        assertThat(last.path("status").asText()).isEqualTo("Pending");
        assertThat(last.path("endTime").asLong()).isZero();
    }

    @Test
    void exchangeJobsCountTheirSkippedItems() {
        long exchange = HistoryRuns.runs(client, token, HistoryClients.EXCHANGE).get(0).path("jobId").asLong();

        assertThat(details(exchange).path("detailInfo").path("skippedItems").asInt()).isEqualTo(4);
    }

    @ParameterizedTest
    @ValueSource(longs = {1001, 1006, 1012, 2003, 2017})
    void theFixedJobsHaveDetailsToo(long jobId) {
        JsonNode detail = details(jobId);

        assertThat(detail.path("generalInfo").path("jobId").asLong()).isEqualTo(jobId);
        assertThat(detail.path("progressInfo").path("state").asText()).startsWith("Completed");
        assertThat(detail.path("attemptsInfo")).hasSize(3);
    }

    @Test
    void theDocumentedXmlRequestForm() throws Exception {
        HttpResponse<String> response = client.post("/JobDetails", "<JobManager_JobDetailRequest jobId=\"1003\"/>", token, XML);
        Element root = TestXml.parse(response.body().getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertThat(root.getTagName()).isEqualTo("JobManager_JobDetailResponse");
        Element detail = TestXml.children(TestXml.children(root, "job").get(0), "jobDetail").get(0);
        assertThat(TestXml.children(detail, "generalInfo").get(0).getAttribute("jobId")).isEqualTo("1003");
        assertThat(TestXml.children(detail, "attemptsInfo")).hasSize(3);
    }

    @Test
    void anUnknownJobIsAnErrorInsideHttp200() {
        HttpResponse<String> response = client.post("/JobDetails", "{\"jobId\": 4040, \"showAttempt\": true}", token, JSON);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response.body()).path("errorCode").asInt()).isEqualTo(2);
        assertThat(json(response.body()).path("errorMessage").asText()).isEqualTo("Job [4040] was not found.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "{}", "{\"jobId\": \"abc\"}", "{\"jobId\": -3}", "[1001]", "<JobManager_JobDetailRequest/>",
            "<Other jobId=\"1001\"/>", "<JobManager_JobDetailRequest jobId=\"1001\">"})
    void badRequestsAreExplained(String body) {
        HttpResponse<String> response = client.post("/JobDetails", body, token, JSON);

        assertThat(response.statusCode()).as(body).isEqualTo(400);
        assertThat(json(response.body()).path("errorMessage").asText()).contains("\"jobId\"");
    }

    @Test
    void needsALiveTokenAndPost() {
        assertThat(client.post("/JobDetails", "{\"jobId\": 1001}", null, JSON).statusCode()).isEqualTo(401);
        assertThat(client.get("/JobDetails", token, JSON).statusCode()).isEqualTo(405);
        assertThat(client.send("POST", "/JobDetails", "{\"jobId\": 1001}", Map.of("Authtoken", token, "Accept", JSON))
                .statusCode()).isEqualTo(200);
    }

    static JsonNode details(long jobId) {
        return detailsOn(client, token, jobId);
    }

    static JsonNode detailsOn(DemoClient client, String token, long jobId) {
        HttpResponse<String> response = client.post("/JobDetails", "{\"jobId\": " + jobId + ", \"showAttempt\": true}", token, JSON);
        assertThat(response.statusCode()).isEqualTo(200);
        return json(response.body()).path("job").path("jobDetail");
    }
}

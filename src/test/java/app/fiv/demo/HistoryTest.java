package app.fiv.demo;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static app.fiv.demo.DemoClient.JSON;
import static app.fiv.demo.DemoClient.XML;
import static app.fiv.demo.DemoClient.json;
import static org.assertj.core.api.Assertions.assertThat;

/** The job history: relative to the server's start, deterministic, and with the patterns admins meet. */
class HistoryTest {

    private static final String LAST_DAY_ALL_TYPES = "completedJobLookupTime=86400&jobFilter=";

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
    void moreThanAHundredJobsInTheLast24Hours() {
        List<JsonNode> lastDay = HistoryRuns.list(client, token, LAST_DAY_ALL_TYPES);

        assertThat(lastDay).hasSize(122);
        assertThat(lastDay).extracting(job -> job.path("jobId").asLong()).doesNotHaveDuplicates()
                .allSatisfy(id -> assertThat(id).isBetween(HistoryPlan.FIRST_JOB_ID, HistoryPlan.FIRST_JOB_ID + 1_792));
        assertThat(HistoryRuns.list(client, token, "completedJobLookupTime=86400")).hasSize(119);
    }

    @Test
    void twoWeeksOfNightlyRunsBeforeTheStart() {
        List<JsonNode> users = HistoryRuns.runs(client, token, HistoryClients.FS_WIN01_USERS);

        assertThat(users).hasSize(15);
        Instant latestStart = Instant.ofEpochSecond(users.get(0).path("jobStartTime").asLong());
        Instant oldestStart = Instant.ofEpochSecond(users.get(14).path("jobStartTime").asLong());
        assertThat(latestStart).isEqualTo(TestClock.MORNING.minus(Duration.ofHours(9)).plusSeconds(300));
        assertThat(Duration.between(oldestStart, latestStart)).isEqualTo(Duration.ofDays(14));
        assertThat(users).allSatisfy(job -> assertThat(job.path("jobEndTime").asLong())
                .isGreaterThan(job.path("jobStartTime").asLong()).isLessThan(TestClock.MORNING.getEpochSecond()));
    }

    @Test
    void everyJobOfTheLastDayAnswersItsSummaryAndItemsWithMatchingCounts() {
        for (JsonNode job : HistoryRuns.list(client, token, LAST_DAY_ALL_TYPES)) {
            long jobId = job.path("jobId").asLong();
            JsonNode alone = json(client.get("/Job/" + jobId, token, JSON).body()).path("jobs").get(0).path("jobSummary");
            JsonNode items = json(client.get("/Job/" + jobId + "/FailedItems", token, JSON).body());

            assertThat(alone).as("job %d", jobId).isEqualTo(job);
            assertThat(job.path("totalFailedFiles").asLong() + job.path("totalFailedFolders").asLong()).as("job %d", jobId)
                    .isEqualTo(items.path("isFailedItemsCSV").asBoolean()
                            ? items.path("failedItemsCSV").path("rows").size() : items.path("failedItems").size());
        }
    }

    @Test
    void aCompletedJobWithFailedFiles() {
        JsonNode projects = HistoryRuns.runs(client, token, HistoryClients.FS_WIN02_PROJECTS).get(0);

        assertThat(projects.path("status").asText()).isEqualTo("Completed");
        assertThat(projects.path("totalFailedFiles").asInt()).isEqualTo(3);
        assertThat(items(projects.path("jobId").asLong())).hasSize(3).allSatisfy(item ->
                assertThat(item.path("entity").asText()).containsPattern("\\.dwl2?$"));
    }

    @Test
    void failedJobsWithAReasonAndNoItems() {
        List<JsonNode> failed = HistoryRuns.list(client, token, LAST_DAY_ALL_TYPES).stream()
                .filter(job -> job.path("status").asText().equals("Failed")).toList();

        assertThat(failed).hasSize(1);
        JsonNode job = failed.get(0);
        assertThat(job.path("pendingReason").asText()).contains("sql-prod01\\REPORTING").contains("Login failed");
        assertThat(job.path("totalFailedFiles").asInt() + job.path("totalFailedFolders").asInt()).isZero();
        assertThat(items(job.path("jobId").asLong())).isEmpty();
    }

    @Test
    void everyStatusAndTypeAnAdminMeets() {
        List<JsonNode> all = HistoryRuns.list(client, token, "completedJobLookupTime=1296000&jobFilter=");

        assertThat(all.stream().map(job -> job.path("status").asText()).collect(Collectors.toSet())).contains(
                "Completed", "Completed w/ one or more errors", "Completed w/ one or more warnings", "Failed",
                "Failed to Start", "Killed", "Committed", "Running", "Pending", "Waiting");
        assertThat(all.stream().map(job -> job.path("jobType").asText()).collect(Collectors.toSet())).containsExactlyInAnyOrder(
                "Backup", "Restore", "Aux Copy", "Synthetic Full", "Data Verification");
        assertThat(all.stream().filter(job -> !job.path("pendingReason").asText().isEmpty())
                .map(job -> job.path("status").asText()).collect(Collectors.toSet()))
                .contains("Failed", "Failed to Start", "Killed", "Pending", "Waiting");
        assertThat(all.stream().map(job -> job.path("backupLevelName").asText("")).collect(Collectors.toSet()))
                .contains("Full", "Incremental", "Differential", "Transaction Log", "Synthetic Full");
    }

    @Test
    void listShapeFailuresPersistAppearAndGoAwayBetweenTwoRuns() {
        List<JsonNode> runs = HistoryRuns.runs(client, token, HistoryClients.FS_WIN01_USERS);
        Map<String, String> latest = byKey(items(runs.get(0).path("jobId").asLong()), "entity", "failureReason");
        Map<String, String> previous = byKey(items(runs.get(1).path("jobId").asLong()), "entity", "failureReason");

        Set<String> still = intersection(latest.keySet(), previous.keySet());
        assertThat(still).hasSizeGreaterThan(10)
                .contains("E:\\Users\\jwright\\Private\\", "E:\\Users\\nnguyen\\AppData\\Local\\Microsoft\\Outlook\\nnguyen@contoso.com.ost");
        Set<String> appeared = difference(latest.keySet(), previous.keySet());
        assertThat(appeared.stream().filter(path -> path.startsWith("E:\\Users\\mlopez\\Projects\\Q4 Forecast\\")))
                .hasSize(6);
        assertThat(appeared).allSatisfy(path -> assertThat(path).containsAnyOf("Q4 Forecast", "~$", "msohtml", "Archive 20"));
        assertThat(difference(previous.keySet(), latest.keySet()))
                .contains("E:\\Users\\bcosta\\Downloads\\setup-2026.11.iso");
        String ost = "E:\\Users\\nnguyen\\AppData\\Local\\Microsoft\\Outlook\\nnguyen@contoso.com.ost";
        assertThat(previous.get(ost)).isEqualTo("The process cannot access the file because it is being used by another process.");
        assertThat(latest.get(ost)).isEqualTo("Access is denied.");
    }

    @Test
    void csvShapeFailuresPersistAppearAndGoAwayByGuid() {
        List<JsonNode> runs = HistoryRuns.runs(client, token, HistoryClients.EXCHANGE);
        JsonNode latestCsv = failedItems(runs.get(0).path("jobId").asLong()).path("failedItemsCSV");
        JsonNode previousCsv = failedItems(runs.get(1).path("jobId").asLong()).path("failedItemsCSV");

        assertThat(DemoClient.MAPPER.convertValue(latestCsv.path("columns"), List.class)).containsExactly(
                "Item Type", "Item Name", "Mailbox", "Path", "Status", "Reason", "GUID");
        Map<String, List<String>> latest = rowsByGuid(latestCsv);
        Map<String, List<String>> previous = rowsByGuid(previousCsv);
        Set<String> still = intersection(latest.keySet(), previous.keySet());
        assertThat(still).hasSizeGreaterThanOrEqualTo(9);
        assertThat(difference(latest.keySet(), previous.keySet())).isNotEmpty();
        assertThat(difference(previous.keySet(), latest.keySet())).isNotEmpty();
        assertThat(still).allSatisfy(guid -> assertThat(latest.get(guid).get(3)).isEqualTo(previous.get(guid).get(3)));
        assertThat(still.stream().filter(guid -> !latest.get(guid).get(5).equals(previous.get(guid).get(5)))).hasSize(2);
    }

    @Test
    void aFailureThatWentAwayForGood() {
        List<JsonNode> runs = HistoryRuns.runs(client, token, HistoryClients.LNX_WEB01_WWW);
        // Nights are 14 (latest, index 0) down to 0; the release's cache failed on nights 5 to 9 only.
        long burst = items(runs.get(14 - 9).path("jobId").asLong()).stream()
                .filter(item -> item.path("failureReason").asText().equals("Permission denied")).count();
        long after = items(runs.get(14 - 10).path("jobId").asLong()).stream()
                .filter(item -> item.path("failureReason").asText().equals("Permission denied")).count();

        assertThat(burst).isEqualTo(30);
        assertThat(after).isZero();
        assertThat(runs.get(14 - 12).path("status").asText()).isEqualTo("Killed");
    }

    @Test
    void theSameServerAnswerEveryTimeAndOnEveryServer() throws IOException {
        try (DemoCommServe other = DemoCommServe.builder().clock(new TestClock(TestClock.MORNING)).start()) {
            DemoClient otherClient = new DemoClient(other.webServiceUrl());
            String otherToken = otherClient.login();

            assertThat(HistoryRuns.list(otherClient, otherToken, LAST_DAY_ALL_TYPES))
                    .isEqualTo(HistoryRuns.list(client, token, LAST_DAY_ALL_TYPES));
            long exchange = HistoryRuns.runs(client, token, HistoryClients.EXCHANGE).get(0).path("jobId").asLong();
            assertThat(otherClient.getBytes("/Job/" + exchange + "/FailedItems", otherToken, JSON).body())
                    .isEqualTo(client.getBytes("/Job/" + exchange + "/FailedItems", token, JSON).body());
        }
    }

    @Test
    void historyIsPlacedBeforeAnyStartTime() throws IOException {
        Instant later = TestClock.MORNING.plus(Duration.ofDays(40).plusHours(7));
        try (DemoCommServe other = DemoCommServe.builder().clock(new TestClock(later)).start()) {
            DemoClient otherClient = new DemoClient(other.webServiceUrl());
            String otherToken = otherClient.login();
            List<JsonNode> shifted = HistoryRuns.list(otherClient, otherToken, LAST_DAY_ALL_TYPES);
            List<JsonNode> here = HistoryRuns.list(client, token, LAST_DAY_ALL_TYPES);

            assertThat(shifted).extracting(job -> job.path("jobId").asLong())
                    .isEqualTo(here.stream().map(job -> job.path("jobId").asLong()).toList());
            long shift = later.getEpochSecond() - TestClock.MORNING.getEpochSecond();
            assertThat(shifted.get(5).path("jobStartTime").asLong() - here.get(5).path("jobStartTime").asLong()).isEqualTo(shift);
        }
    }

    @Test
    void historyIdsStayClearOfTheFixedJobs() {
        assertThat(DemoJobRegistry.standard().all()).allSatisfy(job ->
                assertThat(job.jobId()).isLessThan(HistoryPlan.FIRST_JOB_ID));
        assertThat(HistoryPlan.standard().size()).isEqualTo(1_793);
        assertThat(HistoryPlan.FIRST_JOB_ID + HistoryPlan.scale().size()).isLessThanOrEqualTo(ResubmittedJobs.FIRST_JOB_ID);
    }

    @Test
    void xmlCarriesTheSameHistoryItems() throws Exception {
        long users = HistoryRuns.runs(client, token, HistoryClients.FS_WIN01_USERS).get(0).path("jobId").asLong();
        Element root = TestXml.parse(client.getBytes("/Job/" + users + "/FailedItems", token, XML).body());

        assertThat(TestXml.children(root, "failedItems")).extracting(item -> item.getAttribute("entity"))
                .isEqualTo(items(users).stream().map(item -> item.path("entity").asText()).toList());
    }

    private static JsonNode failedItems(long jobId) {
        return json(client.getBytes("/Job/" + jobId + "/FailedItems", token, JSON).body());
    }

    private static List<JsonNode> items(long jobId) {
        return FailedItemsTest.list(failedItems(jobId).path("failedItems"));
    }

    private static Map<String, String> byKey(List<JsonNode> items, String key, String value) {
        Map<String, String> map = new HashMap<>();
        items.forEach(item -> map.put(item.path(key).asText(), item.path(value).asText()));
        assertThat(map).hasSameSizeAs(items);
        return map;
    }

    private static Map<String, List<String>> rowsByGuid(JsonNode csv) {
        Map<String, List<String>> rows = new HashMap<>();
        for (JsonNode row : csv.path("rows")) {
            List<String> cells = DemoClient.MAPPER.convertValue(row.path("row"), List.class);
            rows.put(cells.get(6), cells);
        }
        assertThat(rows).hasSize(csv.path("rows").size());
        return rows;
    }

    private static Set<String> intersection(Set<String> a, Set<String> b) {
        Set<String> both = new HashSet<>(a);
        both.retainAll(b);
        return both;
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> only = new HashSet<>(a);
        only.removeAll(b);
        return only;
    }
}

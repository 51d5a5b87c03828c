package app.fiv.demo;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Element;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static app.fiv.demo.DemoClient.JSON;
import static app.fiv.demo.DemoClient.XML;
import static app.fiv.demo.DemoClient.json;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code GET Job}: every parameter, its default, paging by header and by query, the order, XML. */
class JobListTest {

    /** Backup jobs of the history that finished in the last 24 hours, and those still active. */
    private static final int LAST_DAY_BACKUPS = 119;
    private static final int HISTORY_BACKUPS = 1_770;

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
    void defaultsAreBackupJobsOfThePastYearActiveAndFinished() {
        JsonNode page = page("", Map.of());
        long fixedBackups = DemoJobRegistry.standard().all().size(); // all of them backups, all of 2026

        assertThat(page.path("totalRecordsWithoutPaging").asInt()).isEqualTo(HISTORY_BACKUPS + fixedBackups);
        assertThat(page.path("jobs")).hasSize(100);
        assertThat(jobs(page)).allSatisfy(job -> assertThat(job.path("jobType").asText()).isEqualTo("Backup"));
        assertThat(jobs(page).get(0).path("jobId").asLong()).isEqualTo(41_791); // the running Exchange backup
    }

    @Test
    void theFixedJobsAgeOutOfTheDefaultYear() throws IOException {
        try (DemoCommServe later = DemoCommServe.builder().clock(new TestClock(Instant.parse("2027-06-01T06:30:00Z"))).start()) {
            DemoClient laterClient = new DemoClient(later.webServiceUrl());
            List<JsonNode> all = HistoryRuns.list(laterClient, laterClient.login(), "");

            assertThat(all).hasSize(HISTORY_BACKUPS);
            assertThat(all).allSatisfy(job -> assertThat(job.path("jobId").asLong()).isGreaterThanOrEqualTo(HistoryPlan.FIRST_JOB_ID));
        }
    }

    @Test
    void newestFirstByJobId() {
        List<JsonNode> all = HistoryRuns.list(client, token, "jobFilter=");
        List<Long> ids = all.stream().map(job -> job.path("jobId").asLong()).toList();

        assertThat(ids).isSortedAccordingTo((a, b) -> Long.compare(b, a)).doesNotHaveDuplicates();
        assertThat(ids).contains(DemoJobs.LIST_SAMPLE, DemoJobs.MILLION_ITEMS, 41_792L);
    }

    @ParameterizedTest
    @CsvSource({
            "completedJobLookupTime=86400, 119",
            "completedJobLookupTime=86400&jobFilter=, 122",
            "completedJobLookupTime=86400&jobFilter=Backup, 119",
            "completedJobLookupTime=86400&jobFilter=4, 119",
            "completedJobLookupTime=86400&jobFilter=Restore, 1",
            "completedJobLookupTime=86400&jobFilter=AUXCOPY, 2",
            "completedJobLookupTime=86400&jobFilter=104, 2",
            "completedJobLookupTime=86400&jobFilter=aux%20copy, 2",
            "completedJobLookupTime=86400&jobFilter=Backup%2CRestore, 120",
            "'completedJobLookupTime=86400&jobFilter=Backup,Restore,AUXCOPY', 122",
            "completedJobLookupTime=86400&jobFilter=ALLOPS, 122",
            "completedJobLookupTime=86400&jobFilter=1, 122",
            "completedJobLookupTime=1296000&jobFilter=SYNTHFULL, 2",
            "completedJobLookupTime=1296000&jobFilter=14, 2",
            "completedJobLookupTime=1296000&jobFilter=DATA_VERIFICATION, 2",
            "completedJobLookupTime=1296000&jobFilter=82, 2",
            "completedJobLookupTime=1296000&jobFilter=SNAPBACKUP, 0",
            "completedJobLookupTime=86400&jobCategory=Active, 2",
            "completedJobLookupTime=86400&jobCategory=active&jobFilter=, 3",
            "completedJobLookupTime=86400&jobCategory=Finished, 117",
            "completedJobLookupTime=86400&jobCategory=All, 119",
            "completedJobLookupTime=86400&jobCategory=, 119",
            "completedJobLookupTime=60, 2",
            "completedJobLookupTime=3600&clientId=306, 1",
            "completedJobLookupTime=86400&clientId=304, 50",
            "completedJobLookupTime=86400&clientId=301&jobFilter=, 2",
            "completedJobLookupTime=1296000&clientId=301&jobFilter=Restore, 1",
            "clientId=999, 0"})
    void parametersFilterTheList(String query, int expected) {
        JsonNode page = page(query, Map.of());

        assertThat(page.path("totalRecordsWithoutPaging").asInt()).as(query).isEqualTo(expected);
        assertThat(page.has("jobs")).as(query).isEqualTo(expected > 0);
        assertThat(page.path("jobs").size()).as(query).isEqualTo(Math.min(expected, 100));
    }

    @Test
    void activeJobsAreListedWhateverTheLookback() {
        List<JsonNode> active = jobs(page("completedJobLookupTime=0&jobFilter=", Map.of()));

        assertThat(active).extracting(job -> job.path("status").asText()).containsExactly("Waiting", "Running", "Pending");
        assertThat(active).allSatisfy(job -> assertThat(job.path("jobEndTime").asLong()).isZero());
        assertThat(active.get(1).path("percentComplete").asInt()).isEqualTo(63);
    }

    @Test
    void aClientsJobsAreItsOwn() {
        List<JsonNode> fsWin01 = HistoryRuns.list(client, token, "completedJobLookupTime=1296000&clientId=301&jobFilter=");

        assertThat(fsWin01).hasSize(31); // Users and Departments every night, one restore
        assertThat(fsWin01).allSatisfy(job -> assertThat(job.path("subclient").path("clientName").asText()).isEqualTo("fs-win01"));
    }

    @Test
    void pagingByHeadersAndByQueryParametersGivesTheSamePages() {
        List<Long> all = ids(HistoryRuns.list(client, token, "completedJobLookupTime=86400"));
        JsonNode byHeaders = page("completedJobLookupTime=86400", Map.of("limit", "10", "offset", "20"));
        JsonNode byQuery = page("completedJobLookupTime=86400&limit=10&offset=20", Map.of());

        assertThat(ids(jobs(byHeaders))).isEqualTo(all.subList(20, 30));
        assertThat(ids(jobs(byQuery))).isEqualTo(all.subList(20, 30));
        assertThat(byHeaders.path("totalRecordsWithoutPaging").asInt()).isEqualTo(LAST_DAY_BACKUPS);
        assertThat(byQuery.path("totalRecordsWithoutPaging").asInt()).isEqualTo(LAST_DAY_BACKUPS);
    }

    @Test
    void theHeaderCountsWhenBothAreSent() {
        JsonNode page = page("completedJobLookupTime=86400&limit=50&offset=5", Map.of("limit", "7", "offset", "3"));
        List<Long> all = ids(HistoryRuns.list(client, token, "completedJobLookupTime=86400"));

        assertThat(ids(jobs(page))).isEqualTo(all.subList(3, 10));
    }

    @Test
    void atMostAHundredAPageAndTheLastPageIsShort() {
        assertThat(page("", Map.of("limit", "500")).path("jobs")).hasSize(100);
        assertThat(page("limit=0", Map.of()).path("jobs")).hasSize(100);
        JsonNode last = page("completedJobLookupTime=86400", Map.of("offset", "100"));
        assertThat(last.path("jobs")).hasSize(LAST_DAY_BACKUPS - 100);
        JsonNode beyond = page("completedJobLookupTime=86400", Map.of("offset", "119"));
        assertThat(beyond.has("jobs")).isFalse();
        assertThat(beyond.path("totalRecordsWithoutPaging").asInt()).isEqualTo(LAST_DAY_BACKUPS);
    }

    @Test
    void readingEveryPageListsEveryJobOnce() {
        List<Long> ids = ids(HistoryRuns.list(client, token, "completedJobLookupTime=1296000&jobFilter="));

        assertThat(ids).hasSize(1_793).doesNotHaveDuplicates();
    }

    @ParameterizedTest
    @ValueSource(strings = {"completedJobLookupTime=yesterday", "completedJobLookupTime=-5", "jobCategory=Done",
            "jobFilter=Backup,Archive", "jobFilter=999", "clientId=fs-win01", "limit=-1", "offset=ten", "limit=1.5"})
    void parametersThatMeanNothingAreExplained(String query) {
        HttpResponse<String> response = client.get("/Job?" + query, token, JSON);

        assertThat(response.statusCode()).as(query).isEqualTo(400);
        String name = query.substring(0, query.indexOf('='));
        assertThat(json(response.body()).path("errorMessage").asText()).as(query).startsWith("Invalid " + name + " [");
    }

    @Test
    void badPagingHeadersAreExplainedToo() {
        HttpResponse<String> response = client.send("GET", "/Job", null, Map.of("Authtoken", token, "Accept", JSON, "limit", "all"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response.body()).path("errorMessage").asText()).isEqualTo(
                "Invalid limit [all]: it must be a whole number of jobs, 0 or more.");
    }

    @Test
    void xmlListsJobsAsRepeatedElements() throws Exception {
        HttpResponse<byte[]> response = client.getBytes("/Job?completedJobLookupTime=86400&limit=5", token, XML);
        Element root = TestXml.parse(response.body());

        assertThat(root.getTagName()).isEqualTo("JobManager_JobListResponse");
        assertThat(root.getAttribute("totalRecordsWithoutPaging")).isEqualTo("119");
        List<Element> jobs = TestXml.children(root, "jobs");
        assertThat(jobs).hasSize(5);
        Element summary = TestXml.children(jobs.get(0), "jobSummary").get(0);
        assertThat(summary.getAttribute("jobId")).isEqualTo("41791");
        assertThat(summary.getAttribute("status")).isEqualTo("Running");
        assertThat(TestXml.children(summary, "subclient").get(0).getAttribute("clientName")).isEqualTo("m365-exchange");
        Element none = TestXml.parse(client.getBytes("/Job?clientId=999", token, XML).body());
        assertThat(TestXml.children(none, "jobs")).isEmpty();
        assertThat(none.getAttribute("totalRecordsWithoutPaging")).isEqualTo("0");
    }

    @Test
    void needsALiveToken() {
        assertThat(client.get("/Job", null, JSON).statusCode()).isEqualTo(401);
        assertThat(client.get("/Job", "QSDK 1234", JSON).statusCode()).isEqualTo(401);
        assertThat(client.post("/Job", "{}", token, JSON).statusCode()).isEqualTo(405);
    }

    @Test
    void summariesOfOtherTypesLeaveOutWhatTheyLack() {
        JsonNode auxCopy = jobs(page("completedJobLookupTime=86400&jobFilter=AUXCOPY", Map.of())).get(1);

        assertThat(auxCopy.path("jobType").asText()).isEqualTo("Aux Copy");
        assertThat(auxCopy.path("opType").asInt()).isEqualTo(104);
        assertThat(auxCopy.has("backupLevelName")).isFalse();
        assertThat(auxCopy.path("subclient").has("subclientName")).isFalse();
        assertThat(auxCopy.path("subclient").path("clientName").asText()).isEqualTo("demo-commserve");
        JsonNode restore = jobs(page("completedJobLookupTime=86400&jobFilter=Restore", Map.of())).get(0);
        assertThat(restore.has("opType")).isFalse();
        assertThat(restore.path("totalFailedFiles").asInt()).isEqualTo(5);
    }

    static JsonNode page(String query, Map<String, String> headers) {
        Map<String, String> all = new HashMap<>(headers);
        all.put("Authtoken", token);
        all.put("Accept", JSON);
        HttpResponse<String> response = client.send("GET", "/Job" + (query.isEmpty() ? "" : "?" + query), null, all);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response.body());
    }

    static List<JsonNode> jobs(JsonNode page) {
        return FailedItemsTest.list(page.path("jobs")).stream().map(job -> job.path("jobSummary")).toList();
    }

    static List<Long> ids(List<JsonNode> jobs) {
        return jobs.stream().map(job -> job.path("jobId").asLong()).toList();
    }
}

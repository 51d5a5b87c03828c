package app.fiv.demo;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static app.fiv.demo.DemoClient.JSON;
import static app.fiv.demo.DemoClient.json;
import static org.assertj.core.api.Assertions.assertThat;

/** The servers that page wrongly, and the 10,000-job history for the jobs view's benchmark. */
class JobListQuirksTest {

    private static final String LAST_DAY = "completedJobLookupTime=86400";

    @Test
    void aServerThatIgnoresLimitSendsEverythingOnEveryPage() throws IOException {
        try (DemoCommServe server = DemoCommServe.builder().clock(new TestClock(TestClock.MORNING))
                .jobListQuirk(JobListQuirk.IGNORES_LIMIT).start()) {
            DemoClient client = new DemoClient(server.webServiceUrl());
            String token = client.login();

            JsonNode first = page(client, token, LAST_DAY, "10", "0");
            JsonNode second = page(client, token, LAST_DAY + "&limit=10&offset=10", null, null);

            assertThat(first.path("totalRecordsWithoutPaging").asInt()).isEqualTo(119);
            assertThat(first.path("jobs")).hasSize(119);
            assertThat(second.path("jobs")).isEqualTo(first.path("jobs"));
        }
    }

    @Test
    void aServerWithShortPagesStillHasEveryJobForAClientThatMovesOnByWhatItGot() throws IOException {
        try (DemoCommServe server = DemoCommServe.builder().clock(new TestClock(TestClock.MORNING))
                .jobListQuirk(JobListQuirk.SHORT_PAGES).start()) {
            DemoClient client = new DemoClient(server.webServiceUrl());
            String token = client.login();
            List<Long> ids = new ArrayList<>();
            List<Integer> sizes = new ArrayList<>();
            while (true) {
                JsonNode page = page(client, token, LAST_DAY, "100", String.valueOf(ids.size()));
                if (!page.has("jobs")) {
                    break;
                }
                sizes.add(page.path("jobs").size());
                page.path("jobs").forEach(job -> ids.add(job.path("jobSummary").path("jobId").asLong()));
                assertThat(page.path("totalRecordsWithoutPaging").asInt()).isEqualTo(119);
            }

            assertThat(sizes).containsExactly(50, 50, 19);
            assertThat(ids).hasSize(119).doesNotHaveDuplicates();
            assertThat(page(client, token, LAST_DAY, "7", "0").path("jobs")).hasSize(4);
        }
    }

    @Test
    void aServerWhoseJobsAreEmptyCountsThemAll() throws IOException {
        try (DemoCommServe server = DemoCommServe.builder().clock(new TestClock(TestClock.MORNING))
                .jobListQuirk(JobListQuirk.EMPTY_JOBS).start()) {
            DemoClient client = new DemoClient(server.webServiceUrl());
            String token = client.login();

            JsonNode page = page(client, token, LAST_DAY, "100", "0");

            assertThat(page.path("totalRecordsWithoutPaging").asInt()).isEqualTo(119);
            assertThat(page.path("jobs").isArray()).isTrue();
            assertThat(page.path("jobs")).isEmpty();
            assertThat(client.get("/Job/41791", token, JSON).body()).contains("\"jobId\":41791"); // only the list is odd
        }
    }

    @Test
    void theScaleHistoryHasTenThousandJobsOfTheLastDayInAHundredPages() throws IOException {
        try (DemoCommServe server = DemoCommServe.builder().scaleHistory().start()) {
            DemoClient client = new DemoClient(server.webServiceUrl());
            String token = client.login();

            JsonNode first = page(client, token, LAST_DAY, "100", "0");
            List<JsonNode> all = HistoryRuns.list(client, token, LAST_DAY);

            assertThat(first.path("totalRecordsWithoutPaging").asInt()).isEqualTo(10_000);
            assertThat(all).hasSize(10_000);
            assertThat(all).extracting(job -> job.path("jobId").asLong()).doesNotHaveDuplicates()
                    .allSatisfy(id -> assertThat(id).isBetween(40_000L, 49_999L));
            assertThat(all.stream().filter(job -> job.path("totalFailedFiles").asInt() > 0).count()).isBetween(1_400L, 2_000L);
            assertThat(all.stream().map(job -> job.path("subclient").path("clientName").asText()).distinct().count()).isEqualTo(200);
            JsonNode clients = json(client.get("/Client", token, JSON).body()).path("clientProperties");
            assertThat(clients.toString()).contains("\"fs-scale-001\"", "\"fs-scale-200\"").doesNotContain("fs-win01");
        }
    }

    private static JsonNode page(DemoClient client, String token, String query, String limit, String offset) {
        Map<String, String> headers = limit == null ? Map.of("Authtoken", token, "Accept", JSON)
                : Map.of("Authtoken", token, "Accept", JSON, "limit", limit, "offset", offset);
        return json(client.send("GET", "/Job?" + query, null, headers).body());
    }
}

package app.fiv.demo;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.http.HttpResponse;
import java.time.Instant;

import static app.fiv.demo.DemoClient.JSON;
import static app.fiv.demo.DemoClient.json;
import static org.assertj.core.api.Assertions.assertThat;

class JobSummaryTest extends LoggedInDemoTest {

    @Test
    void listSampleJobHasARealisticSummary() {
        HttpResponse<String> response = client.get("/Job/1001", token, JSON);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode list = json(response.body());
        assertThat(list.path("totalRecordsWithoutPaging").asInt()).isEqualTo(1);
        JsonNode job = list.path("jobs").get(0).path("jobSummary");
        assertThat(job.path("jobId").isNumber()).isTrue();
        assertThat(job.path("jobId").asLong()).isEqualTo(DemoJobs.LIST_SAMPLE);
        assertThat(job.path("status").asText()).isEqualTo("Completed w/ one or more errors");
        assertThat(job.path("jobType").asText()).isEqualTo("Backup");
        assertThat(job.path("localizedOperationName").asText()).isEqualTo("Backup");
        assertThat(job.path("appTypeName").asText()).isEqualTo("Windows File System");
        assertThat(job.path("backupLevelName").asText()).isEqualTo("Incremental");
        assertThat(job.path("percentComplete").asInt()).isEqualTo(100);
        assertThat(job.path("subclient").path("clientName").asText()).isEqualTo("fileserver01");
        assertThat(job.path("subclient").path("subclientName").asText()).isEqualTo("default");
        assertThat(job.path("subclient").path("appName").asText()).isEqualTo("Windows File System");
        assertThat(job.path("totalFailedFiles").asLong() + job.path("totalFailedFolders").asLong()).isEqualTo(2);
        assertThat(job.path("sizeOfApplication").asLong()).isPositive();
        Instant start = Instant.ofEpochSecond(job.path("jobStartTime").asLong());
        Instant end = Instant.ofEpochSecond(job.path("jobEndTime").asLong());
        assertThat(start).isBetween(Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2027-01-01T00:00:00Z"));
        assertThat(end).isAfter(start);
    }

    @ParameterizedTest
    @CsvSource({
            "1002, Microsoft Teams, m365-teams, Completed w/ one or more errors",
            "1003, Linux File System, lnx-app01, Completed w/ one or more errors",
            "1006, Exchange Mailbox, exchange-online, Completed w/ one or more errors",
            "1007, Windows File System, fileserver01, Completed",
            "1009, Windows File System, sql-host03, Completed w/ one or more errors"})
    void jobsCoverSeveralAgents(long jobId, String appType, String client, String status) {
        JsonNode job = summary(jobId);

        assertThat(job.path("appTypeName").asText()).isEqualTo(appType);
        assertThat(job.path("subclient").path("clientName").asText()).isEqualTo(client);
        assertThat(job.path("status").asText()).isEqualTo(status);
    }

    @ParameterizedTest
    @ValueSource(longs = {1001, 1002, 1003, 1004, 1005, 1006, 1007})
    void failedCountsMatchTheItemsServed(long jobId) {
        JsonNode job = summary(jobId);
        JsonNode items = json(client.getBytes("/Job/" + jobId + "/FailedItems", token, JSON).body());
        int served = items.path("isFailedItemsCSV").asBoolean()
                ? items.path("failedItemsCSV").path("rows").size()
                : items.path("failedItems").size();

        assertThat(job.path("totalFailedFiles").asLong() + job.path("totalFailedFolders").asLong()).isEqualTo(served);
    }

    @Test
    void unknownJobIsAnEmptyList() {
        HttpResponse<String> response = client.get("/Job/4040", token, JSON);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode list = json(response.body());
        assertThat(list.path("totalRecordsWithoutPaging").asInt()).isZero();
        assertThat(list.has("jobs")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "-1", "0", "2147483648", "99999999999999999999", "1e3", "10.5"})
    void invalidJobIdsAreBadRequests(String jobId) {
        for (String path : new String[] {"/Job/" + jobId, "/Job/" + jobId + "/FailedItems"}) {
            HttpResponse<String> response = client.get(path, token, JSON);

            assertThat(response.statusCode()).as(path).isEqualTo(400);
            assertThat(json(response.body()).path("errorCode").asInt()).isEqualTo(400);
            assertThat(json(response.body()).path("errorMessage").asText()).contains("job ID");
        }
    }

    /** The API page's sample request has a typo ({@code /Job/45979?FailedItems}); it gets the summary, as on a real server. */
    @Test
    void queryStringDoesNotSelectFailedItems() {
        JsonNode body = json(client.get("/Job/1001?FailedItems", token, JSON).body());

        assertThat(body.has("failedItems")).isFalse();
        assertThat(body.path("totalRecordsWithoutPaging").asInt()).isEqualTo(1);
    }

    private static JsonNode summary(long jobId) {
        return json(client.get("/Job/" + jobId, token, JSON).body()).path("jobs").get(0).path("jobSummary");
    }
}

package app.fiv.demo;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;

import static app.fiv.demo.DemoClient.JSON;
import static app.fiv.demo.DemoClient.json;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code POST Job/{id}/action/Resubmit}: a new job that runs, then finishes; refusals in both documented forms. */
class ResubmitTest {

    private TestClock clock;
    private DemoCommServe server;
    private DemoClient client;
    private String token;

    @BeforeEach
    void start() throws IOException {
        clock = new TestClock(TestClock.MORNING);
        server = DemoCommServe.builder().clock(clock).resubmittedJobsRunFor(Duration.ofMinutes(2)).start();
        client = new DemoClient(server.webServiceUrl());
        token = client.login();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void theNewJobRunsThenFinishesWithTheSameFailures() {
        JsonNode original = HistoryRuns.runs(client, token, HistoryClients.FS_WIN01_USERS).get(0);

        long newJob = resubmit(original.path("jobId").asLong(), "");

        assertThat(newJob).isEqualTo(ResubmittedJobs.FIRST_JOB_ID);
        JsonNode running = HistoryRuns.list(client, token, "jobCategory=Active").get(0);
        assertThat(running.path("jobId").asLong()).isEqualTo(newJob);
        assertThat(running.path("status").asText()).isEqualTo("Running");
        assertThat(running.path("jobEndTime").asLong()).isZero();
        assertThat(running.path("subclient")).isEqualTo(original.path("subclient"));

        clock.advance(Duration.ofMinutes(1));
        assertThat(summary(newJob).path("percentComplete").asInt()).isEqualTo(50);
        clock.advance(Duration.ofMinutes(1));

        JsonNode finished = summary(newJob);
        assertThat(finished.path("status").asText()).isEqualTo("Completed w/ one or more errors");
        assertThat(finished.path("jobEndTime").asLong()).isEqualTo(TestClock.MORNING.getEpochSecond() + 120);
        assertThat(finished.path("totalFailedFiles").asInt()).isEqualTo(original.path("totalFailedFiles").asInt());
        assertThat(client.get("/Job/" + newJob + "/FailedItems", token, JSON).body())
                .isEqualTo(client.get("/Job/" + original.path("jobId").asLong() + "/FailedItems", token, JSON).body());
        assertThat(HistoryRuns.list(client, token, "jobCategory=Finished&completedJobLookupTime=600").get(0).path("jobId").asLong())
                .isEqualTo(newJob);
        assertThat(JobDetailsTest.detailsOn(client, token, newJob).path("generalInfo").path("jobStartedBy").asText()).isEqualTo("demo");
    }

    @Test
    void aFailedJobWithoutItemsFinishesCompletedAndIdsGoUp() {
        JsonNode failed = HistoryRuns.list(client, token, "completedJobLookupTime=86400").stream()
                .filter(job -> job.path("status").asText().equals("Failed")).findFirst().orElseThrow();

        long first = resubmit(failed.path("jobId").asLong(), "");
        long second = resubmit(DemoJobs.LIST_SAMPLE, "");
        server.finishResubmittedJobs();

        assertThat(second).isEqualTo(first + 1);
        assertThat(summary(first).path("status").asText()).isEqualTo("Completed");
        assertThat(summary(second).path("status").asText()).isEqualTo("Completed w/ one or more errors");
        assertThat(summary(second).path("subclient").path("clientName").asText()).isEqualTo("fileserver01");
    }

    @Test
    void startedSuspendedItStaysSuspendedUntilFinished() {
        long newJob = resubmit(DemoJobs.LINUX_SERVER, "?startInSuspendedState=true");

        clock.advance(Duration.ofMinutes(1));
        assertThat(summary(newJob).path("status").asText()).isEqualTo("Suspended");
        server.finishResubmittedJobs();
        assertThat(summary(newJob).path("status").asText()).isEqualTo("Completed w/ one or more errors");
        assertThat(summary(newJob).path("jobEndTime").asLong()).isEqualTo(TestClock.MORNING.getEpochSecond() + 60);
    }

    @Test
    void anUnknownJobIsErrorCodeTwo() {
        JsonNode answer = post("/Job/4040/action/Resubmit");

        assertThat(answer.path("errorCode").asInt()).isEqualTo(2);
        assertThat(answer.path("errorMessage").asText()).isEqualTo("Job [4040] was not found.");
        assertThat(answer.has("jobIds")).isFalse();
    }

    @Test
    void anActiveJobCannotBeResubmitted() {
        long running = HistoryRuns.list(client, token, "jobCategory=Active").get(0).path("jobId").asLong();

        JsonNode error = post("/Job/" + running + "/action/Resubmit").path("errors").get(0).path("errList").get(0);

        assertThat(error.path("errorCode").asInt()).isEqualTo(3);
        assertThat(error.path("errLogMessage").asText()).isEqualTo("Job [" + running + "] is still running; only a finished job can be resubmitted.");
    }

    @ParameterizedTest
    @ValueSource(longs = {1008, 1009, 1010, 1011, 2001, 2015, 2021})
    void theFaultJobsAreRefusedForLackOfPermission(long jobId) {
        JsonNode error = post("/Job/" + jobId + "/action/Resubmit").path("errors").get(0).path("errList").get(0);

        assertThat(error.path("errorCode").asInt()).isEqualTo(1136);
        assertThat(error.path("errLogMessage").asText()).startsWith("Access denied: user [demo] does not have the Job Management permission");
        assertThat(HistoryRuns.list(client, token, "jobCategory=Active&jobFilter=")).hasSize(3); // nothing new
    }

    @Test
    void badRequests() {
        assertThat(client.post("/Job/abc/action/Resubmit", "", token, JSON).statusCode()).isEqualTo(400);
        HttpResponse<String> suspended = client.post("/Job/1001/action/Resubmit?startInSuspendedState=yes", "", token, JSON);
        assertThat(suspended.statusCode()).isEqualTo(400);
        assertThat(json(suspended.body()).path("errorMessage").asText()).isEqualTo("Invalid startInSuspendedState [yes]: use true or false.");
        assertThat(client.get("/Job/1001/action/Resubmit", token, JSON).statusCode()).isEqualTo(405);
        assertThat(client.post("/Job/1001/action/Resubmit", "", null, JSON).statusCode()).isEqualTo(401);
        assertThat(client.post("/Job/1001/action/Restart", "", token, JSON).statusCode()).isEqualTo(404);
    }

    @Test
    void zeroRunTimeFinishesAtOnce() throws IOException {
        try (DemoCommServe instant = DemoCommServe.builder().resubmittedJobsRunFor(Duration.ZERO).start()) {
            DemoClient other = new DemoClient(instant.webServiceUrl());
            String otherToken = other.login();
            long newJob = json(other.post("/Job/1007/action/Resubmit", "", otherToken, JSON).body()).path("jobIds").get(0).asLong();

            assertThat(json(other.get("/Job/" + newJob, otherToken, JSON).body()).path("jobs").get(0).path("jobSummary")
                    .path("status").asText()).isEqualTo("Completed");
        }
    }

    private long resubmit(long jobId, String query) {
        JsonNode answer = post("/Job/" + jobId + "/action/Resubmit" + query);
        assertThat(answer.path("jobIds")).as(answer.toString()).hasSize(1);
        return answer.path("jobIds").get(0).asLong();
    }

    private JsonNode post(String path) {
        HttpResponse<String> response = client.post(path, "", token, JSON);
        assertThat(response.statusCode()).isEqualTo(200);
        return json(response.body());
    }

    private JsonNode summary(long jobId) {
        return json(client.get("/Job/" + jobId, token, JSON).body()).path("jobs").get(0).path("jobSummary");
    }
}

package app.fiv.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Job and client lists as odd CommServes (and proxies) send them: missing fields, one XML entry, error bodies. */
class JobListReaderTest {
    private static JobListPage page(String body) throws Exception {
        return JobListReader.read(AnswerTrees.parse(body.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void anyFieldMayBeMissing() throws Exception {
        JobListPage page = page("{\"totalRecordsWithoutPaging\": 1, \"jobs\": [{\"jobSummary\": {\"jobId\": 7}}]}");

        JobSummary job = page.jobs().get(0);
        assertThat(job.jobId()).isEqualTo(7);
        assertThat(job.status()).isEmpty();
        assertThat(job.clientName()).isEmpty();
        assertThat(job.clientId()).isZero();
        assertThat(job.pendingReason()).isEmpty();
        assertThat(job.startTime()).isEmpty();
        assertThat(job.endTime()).isEmpty();
        assertThat(job.lastUpdateTime()).isEmpty();
        assertThat(job.failedFiles()).isZero();
    }

    @Test
    void noJobsKeyIsAnEmptyPageAndNoCountIsUnknown() throws Exception {
        assertThat(page("{\"totalRecordsWithoutPaging\": 0}")).isEqualTo(new JobListPage(0, 0, List.of()));
        assertThat(page("{\"jobs\": [{\"jobSummary\": {\"jobId\": 3}}]}").totalRecords()).isEqualTo(-1);
        assertThat(page("{}")).isEqualTo(new JobListPage(-1, 0, List.of()));
    }

    @Test
    void entriesThatNameNoJobCountForTheOffsetButAreNotListed() throws Exception {
        JobListPage page = page("{\"totalRecordsWithoutPaging\": 4, \"jobs\": [{\"jobSummary\": {\"jobId\": 5}}, null,"
                + " {\"jobSummary\": {\"status\": \"Failed\"}}, {\"jobSummary\": {\"jobId\": \"x\"}}]}");

        assertThat(page.entries()).isEqualTo(4);
        assertThat(page.jobs()).extracting(JobSummary::jobId).containsExactly(5L);
    }

    @Test
    void nonsenseTimesAndTextInPlaceOfObjectsAreNoValues() throws Exception {
        JobSummary job = page("{\"jobs\": [{\"jobSummary\": {\"jobId\": 9, \"jobEndTime\": 1e300, \"jobStartTime\": -5,"
                + " \"lastUpdateTime\": 1764570000, \"status\": {\"x\": 1}, \"pendingReason\": null}}]}").jobs().get(0);

        assertThat(job.endTime()).isEmpty();
        assertThat(job.startTime()).isEmpty();
        assertThat(job.lastUpdateTime()).contains(Instant.ofEpochSecond(1_764_570_000L));
        assertThat(job.status()).isEmpty();
        assertThat(job.pendingReason()).isEmpty();
    }

    @Test
    void oneJobInXmlIsOneElementNotAList() throws Exception {
        JobListPage page = page("<JobManager_JobListResponse totalRecordsWithoutPaging=\"1\"><jobs><jobSummary jobId=\"41746\""
                + " status=\"Completed\" totalFailedFiles=\"3\" jobEndTime=\"1764547080\"><subclient clientName=\"fs-win02\""
                + " clientId=\"302\" subclientName=\"Projects\"/></jobSummary></jobs></JobManager_JobListResponse>");

        assertThat(page.entries()).isEqualTo(1);
        JobSummary job = page.jobs().get(0);
        assertThat(job.jobId()).isEqualTo(41746);
        assertThat(job.failedFiles()).isEqualTo(3);
        assertThat(job.clientId()).isEqualTo(302);
        assertThat(job.subclientName()).isEqualTo("Projects");
        assertThat(job.endTime()).contains(Instant.ofEpochSecond(1_764_547_080L));
        assertThat(page("<JobManager_JobListResponse totalRecordsWithoutPaging=\"0\"/>")).isEqualTo(new JobListPage(0, 0, List.of()));
    }

    @Test
    void aCommvaultErrorBodyInPlaceOfTheListIsTheServersRefusal() {
        assertThatThrownBy(() -> page("{\"errorCode\": 1, \"errorMessage\": \"User has no permission\"}"))
                .isInstanceOf(ServerRefusal.class).hasMessage("User has no permission");
        assertThatThrownBy(() -> page("<Response><errList errLogMessage=\"Access denied\" errorCode=\"5\"/></Response>"))
                .isInstanceOf(ServerRefusal.class).hasMessage("Access denied");
    }

    @Test
    void clientsWithoutAnIdAreLeftOutAndNamesMayBeMissing() throws Exception {
        List<ClientEntity> clients = ClientListReader.read(AnswerTrees.parse(("{\"clientProperties\": ["
                + "{\"client\": {\"clientEntity\": {\"clientId\": 5, \"clientName\": \"a\"}}},"
                + "{\"client\": {\"clientEntity\": {\"clientName\": \"no id\"}}}, {}]}").getBytes(StandardCharsets.UTF_8)));

        assertThat(clients).containsExactly(new ClientEntity(5, "a", ""));
        assertThat(ClientListReader.read(AnswerTrees.parse("{}".getBytes(StandardCharsets.UTF_8)))).isEmpty();
        assertThat(Optional.of(new ClientEntity(5, "", "Display")).filter(c -> c.isNamed("display"))).isPresent();
    }
}

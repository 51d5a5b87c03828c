package app.fiv.demo;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.LongStream;

import static app.fiv.demo.DemoClient.JSON;
import static app.fiv.demo.DemoClient.json;
import static app.fiv.demo.UnexpectedShapesTest.jsonBody;
import static org.assertj.core.api.Assertions.assertThat;

/** The fault-mode jobs are ordinary jobs to {@code GET /Job/{id}}: only their failed items misbehave. */
class FaultModeSummariesTest extends LoggedInDemoTest {

    static List<Long> faultModeJobs() {
        return List.of(DemoJobs.EMPTY_BODY, DemoJobs.PLAIN_TEXT_200, DemoJobs.INVALID_JSON, DemoJobs.OTHER_SHAPE,
                DemoJobs.CSV_WITHOUT_FLAG, DemoJobs.FLAG_CONTRADICTS, DemoJobs.NULL_ITEMS, DemoJobs.ITEMS_NOT_OBJECTS,
                DemoJobs.MIXED_VALUE_TYPES, DemoJobs.CSV_RAGGED_ROWS, DemoJobs.CSV_ODD_HEADER, DemoJobs.CSV_NO_COLUMNS,
                DemoJobs.ODD_TEXT, DemoJobs.UNAVAILABLE_503, DemoJobs.NO_ENDPOINT_404, DemoJobs.ERRLIST_200,
                DemoJobs.STALL_MID_BODY, DemoJobs.STALL_BEFORE_HEADERS, DemoJobs.XML_ANYWAY,
                DemoJobs.DROPPED_CONNECTION, DemoJobs.HTML_AS_JSON, DemoJobs.XML_NESTED_VALUE,
                DemoJobs.XML_NESTED_TOO_DEEP, DemoJobs.XML_SPLIT_VALUE, DemoJobs.KEY_PER_ITEM, DemoJobs.TOO_MANY_KEYS,
                DemoJobs.FORMULA_LOOKALIKES);
    }

    @Test
    void theyAreJobs2001To2028() {
        List<Long> all = new java.util.ArrayList<>(faultModeJobs());
        all.add(DemoJobs.TERMINAL_ESCAPES); // its summary is odd on purpose, see HostileAnswersTest
        assertThat(all).containsExactlyInAnyOrderElementsOf(LongStream.rangeClosed(2001, 2028).boxed().toList());
    }

    @ParameterizedTest
    @MethodSource("faultModeJobs")
    void summaryIsACompletedJobWithErrors(long jobId) {
        JsonNode list = json(client.get("/Job/" + jobId, token, JSON).body());
        JsonNode job = list.path("jobs").get(0).path("jobSummary");

        assertThat(list.path("totalRecordsWithoutPaging").asInt()).isEqualTo(1);
        assertThat(job.path("jobId").asLong()).isEqualTo(jobId);
        assertThat(job.path("status").asText()).isEqualTo("Completed w/ one or more errors");
        assertThat(job.path("jobType").asText()).isEqualTo("Backup");
        assertThat(job.path("subclient").path("clientName").asText()).isNotBlank();
        assertThat(job.path("totalFailedFiles").asLong() + job.path("totalFailedFolders").asLong()).isPositive();
        assertThat(job.path("jobEndTime").asLong()).isGreaterThan(job.path("jobStartTime").asLong());
    }

    @ParameterizedTest
    @CsvSource({"2005, 4", "2006, 4", "2009, 6", "2010, 6", "2011, 5", "2012, 3", "2013, 10", "2025, 998",
            "2026, 16000", "2028, 12"})
    void failedCountsMatchTheItemsServed(long jobId, int items) {
        JsonNode body = jsonBody(jobId);
        int served = body.has("failedItemsCSV")
                ? body.path("failedItemsCSV").path("rows").size()
                : body.path("failedItems").size();

        assertThat(failedCount(jobId)).isEqualTo(items);
        assertThat(served).isEqualTo(items);
    }

    /** Broken, stalled or XML answers: the summary counts the items the answer holds or would have held. */
    @ParameterizedTest
    @CsvSource({"2003, 6", "2017, 500", "2019, 20"})
    void failedCountsMatchTheItemsOfUnreadableAnswers(long jobId, int items) {
        assertThat(failedCount(jobId)).isEqualTo(items);
    }

    private static long failedCount(long jobId) {
        JsonNode job = json(client.get("/Job/" + jobId, token, JSON).body()).path("jobs").get(0).path("jobSummary");
        return job.path("totalFailedFiles").asLong() + job.path("totalFailedFolders").asLong();
    }
}

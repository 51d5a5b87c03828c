package app.fiv.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Instant;
import java.util.Optional;

/** Reads the small {@code GET Job/{jobId}} answer, JSON or XML; a tree is fine at this size. */
final class JobSummaryReader {
    private JobSummaryReader() {
    }

    /** Empty when the server says there is no such job ({@code totalRecordsWithoutPaging: 0}). */
    static Optional<JobSummary> read(byte[] body, long requestedId) throws IOException {
        JsonNode root = AnswerTrees.parse(body);
        if (root == null || !root.isObject()) {
            throw new IOException("the job summary is neither a JSON object nor an XML element");
        }
        JsonNode jobs = root.path("jobs");
        JsonNode job = XmlTree.first(jobs).path("jobSummary");
        if (root.path("totalRecordsWithoutPaging").asLong(-1) == 0 || job.isMissingNode()) {
            return Optional.empty();
        }
        JsonNode subclient = job.path("subclient");
        return Optional.of(new JobSummary(
                job.path("jobId").asLong(requestedId),
                job.path("status").asText(""),
                job.path("jobType").asText(""),
                job.path("localizedOperationName").asText(""),
                job.path("appTypeName").asText(""),
                job.path("backupLevelName").asText(""),
                job.path("percentComplete").asInt(0),
                epochSeconds(job.path("jobStartTime")),
                epochSeconds(job.path("jobEndTime")),
                job.path("totalNumOfFiles").asLong(0),
                job.path("totalFailedFiles").asLong(0),
                job.path("totalFailedFolders").asLong(0),
                subclient.path("clientName").asText(""),
                subclient.path("subclientName").asText(""),
                subclient.path("backupsetName").asText(""),
                subclient.path("appName").asText("")));
    }

    private static Optional<Instant> epochSeconds(JsonNode node) {
        long seconds = node.asLong(0);
        return seconds > 0 ? Optional.of(Instant.ofEpochSecond(seconds)) : Optional.empty();
    }
}

package app.fiv.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Instant;
import java.util.Optional;

/** Reads the small {@code GET Job/{jobId}} answer, JSON or XML; a tree is fine at this size. */
final class JobSummaryReader {
    /** 9999-12-31T23:59:59Z: a later "time" is garbage, and would not print as a date. */
    private static final long LATEST_SECONDS = 253_402_300_799L;

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
        return Optional.of(summary(job, requestedId));
    }

    /** One {@code jobSummary} object, of a job's own answer or of the job list; missing fields are blank. */
    static JobSummary summary(JsonNode job, long fallbackId) {
        JsonNode subclient = job.path("subclient");
        return new JobSummary(
                job.path("jobId").asLong(fallbackId),
                text(job, "status"),
                text(job, "jobType"),
                text(job, "localizedOperationName"),
                text(job, "appTypeName"),
                text(job, "backupLevelName"),
                job.path("percentComplete").asInt(0),
                epochSeconds(job.path("jobStartTime")),
                epochSeconds(job.path("jobEndTime")),
                job.path("totalNumOfFiles").asLong(0),
                job.path("totalFailedFiles").asLong(0),
                job.path("totalFailedFolders").asLong(0),
                text(subclient, "clientName"),
                text(subclient, "subclientName"),
                text(subclient, "backupsetName"),
                text(subclient, "appName"),
                text(job, "localizedStatus"),
                text(job, "pendingReason"),
                subclient.path("clientId").asLong(0),
                subclient.path("subclientId").asLong(0),
                subclient.path("backupsetId").asLong(0),
                text(subclient, "instanceName"),
                epochSeconds(job.path("lastUpdateTime")));
    }

    /** A value's text; an object or array where text belongs counts as missing. */
    private static String text(JsonNode parent, String field) {
        JsonNode value = parent.path(field);
        return value.isValueNode() && !value.isNull() ? value.asText("") : "";
    }

    /** Unix seconds; 0 (the CommServe's "not yet") and values past the year 9999 are no time. */
    private static Optional<Instant> epochSeconds(JsonNode node) {
        long seconds = node.asLong(0);
        return seconds > 0 && seconds <= LATEST_SECONDS ? Optional.of(Instant.ofEpochSecond(seconds)) : Optional.empty();
    }
}

package app.fiv.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a page of {@code GET Job}, JSON or XML: {@code {"totalRecordsWithoutPaging": N, "jobs":
 * [{"jobSummary": {...}}]}}, where {@code jobs} is absent when there are none. A Commvault error
 * body in place of the list is the server's refusal, in its own words.
 */
final class JobListReader {
    /** A page of 100 jobs is about 150 KB; a server that ignores the limit may send thousands at once. */
    static final int MAX_ANSWER = 64 << 20;

    private JobListReader() {
    }

    static JobListPage read(JsonNode root) throws ServerRefusal {
        JsonNode jobs = root.path("jobs");
        JsonNode total = root.path("totalRecordsWithoutPaging");
        if (jobs.isMissingNode() && total.isMissingNode()) {
            ServerRefusal.throwIfSaid(root);
        }
        List<JsonNode> entries = XmlTree.each(jobs);
        List<JobSummary> summaries = new ArrayList<>(entries.size());
        for (JsonNode entry : entries) {
            JsonNode summary = entry.path("jobSummary");
            if (summary.isObject() && summary.path("jobId").asLong(0) > 0) {
                summaries.add(JobSummaryReader.summary(summary, 0));
            }
        }
        return new JobListPage(total.isMissingNode() ? -1 : total.asLong(-1), entries.size(), summaries);
    }
}

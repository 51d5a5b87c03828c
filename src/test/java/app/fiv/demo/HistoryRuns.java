package app.fiv.demo;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static app.fiv.demo.DemoClient.JSON;
import static app.fiv.demo.DemoClient.json;

/** Reading a server's job list the way a careful client does: every page, by header. */
final class HistoryRuns {

    private HistoryRuns() {
    }

    /** Every job summary {@code GET Job?<query>} lists, newest first, reading all pages of 100. */
    static List<JsonNode> list(DemoClient client, String token, String query) {
        List<JsonNode> jobs = new ArrayList<>();
        for (int offset = 0; ; offset += 100) {
            JsonNode page = json(client.send("GET", "/Job?" + query, null, Map.of("Authtoken", token, "Accept", JSON,
                    "limit", "100", "offset", String.valueOf(offset))).body());
            page.path("jobs").forEach(job -> jobs.add(job.path("jobSummary")));
            if (!page.has("jobs") || jobs.size() >= page.path("totalRecordsWithoutPaging").asInt()) {
                return jobs;
            }
        }
    }

    /** The finished backup runs of one subclient in the history's 15 days, newest first. */
    static List<JsonNode> runs(DemoClient client, String token, JobOrigin subclient) {
        return list(client, token, "completedJobLookupTime=1296000&jobCategory=Finished&clientId=" + subclient.clientId())
                .stream()
                .filter(job -> job.path("subclient").path("subclientId").asInt() == subclient.subclientId())
                .toList();
    }
}

package app.fiv.testing;

import app.fiv.api.Session;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds jobs of the demo's history by listing them ({@code GET Job}) over plain HTTP, so tests of
 * details, events and resubmit can pick a VM job, a running job or a failed one by what it is.
 */
public final class DemoJobLists {
    /** Client and subclient IDs of the demo history (see the README). */
    public static final int FS_WIN01 = 301;
    public static final int FS_WIN01_USERS = 3011;
    public static final int VCENTER = 307;
    public static final int VCENTER_PRODUCTION = 3071;

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    private DemoJobLists() {
    }

    /** Every job summary of {@code GET Job?<query>}, newest first. */
    public static List<JsonNode> list(Session session, String query) {
        List<JsonNode> jobs = new ArrayList<>();
        for (int offset = 0; ; offset += 100) {
            JsonNode page = get(session, "Job?" + query, offset);
            page.path("jobs").forEach(job -> jobs.add(job.path("jobSummary")));
            if (!page.has("jobs") || jobs.size() >= page.path("totalRecordsWithoutPaging").asInt()) {
                return jobs;
            }
        }
    }

    /** The newest finished backup of one subclient. */
    public static long latestRun(Session session, int clientId, int subclientId) {
        return list(session, "completedJobLookupTime=1296000&jobCategory=Finished&clientId=" + clientId).stream()
                .filter(job -> job.path("subclient").path("subclientId").asInt() == subclientId)
                .findFirst().orElseThrow().path("jobId").asLong();
    }

    /** The newest job (of any type) whose status is exactly {@code status}. */
    public static long withStatus(Session session, String status) {
        return list(session, "completedJobLookupTime=1296000&jobCategory=All&jobFilter=").stream()
                .filter(job -> job.path("status").asText().equals(status))
                .findFirst().orElseThrow().path("jobId").asLong();
    }

    private static JsonNode get(Session session, String path, int offset) {
        URI uri = URI.create(session.webService() + "/" + path);
        HttpRequest request = HttpRequest.newBuilder(uri).header("Authtoken", session.token())
                .header("Accept", "application/json").header("limit", "100").header("offset", String.valueOf(offset))
                .GET().build();
        try {
            return JSON.readTree(HTTP.send(request, HttpResponse.BodyHandlers.ofString()).body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

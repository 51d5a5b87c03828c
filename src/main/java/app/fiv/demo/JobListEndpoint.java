package app.fiv.demo;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.util.List;

/**
 * {@code GET Job}: the jobs matching the query, newest first (highest job ID first), a page of at
 * most {@link JobListQuery#MAX_LIMIT} from the offset, with the count before paging in
 * {@code totalRecordsWithoutPaging}. No {@code jobs} key at all when the page is empty.
 */
final class JobListEndpoint {

    private final JobCatalog catalog;
    private final JobListQuirk quirk;

    /** @param quirk how this server pages wrongly, or {@code null} for correct paging */
    JobListEndpoint(JobCatalog catalog, JobListQuirk quirk) {
        this.catalog = catalog;
        this.quirk = quirk;
    }

    ApiResponse list(ApiRequest request) {
        JobListQuery query;
        try {
            query = JobListQuery.of(request);
        } catch (IllegalArgumentException e) {
            return ApiErrors.badRequest(e.getMessage());
        }
        Instant now = catalog.now();
        List<DemoJob> matching = catalog.all().stream().filter(job -> query.matches(job.summary(), now)).toList();
        ObjectNode answer = Json.object().put("totalRecordsWithoutPaging", matching.size());
        List<DemoJob> page = page(matching, query);
        if (!page.isEmpty() || quirk == JobListQuirk.EMPTY_JOBS) {
            ArrayNode jobs = answer.putArray("jobs");
            page.forEach(job -> jobs.addObject().set("jobSummary", job.summary().toJson()));
        }
        return ApiResponse.structured(200, JobEndpoints.JOB_LIST_ROOT, answer);
    }

    private List<DemoJob> page(List<DemoJob> matching, JobListQuery query) {
        if (quirk == JobListQuirk.EMPTY_JOBS) {
            return List.of();
        }
        if (quirk == JobListQuirk.IGNORES_LIMIT) {
            return matching;
        }
        int size = quirk == JobListQuirk.SHORT_PAGES ? (query.limit() + 1) / 2 : query.limit();
        int from = Math.min(query.offset(), matching.size());
        return matching.subList(from, Math.min(matching.size(), from + size));
    }
}

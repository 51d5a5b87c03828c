package app.fiv.api;

/**
 * One page of {@code GET Job} for a query. The documentation puts {@code limit} and {@code offset}
 * in request headers; several scripts and Commvault's own tools pass them as query parameters, and
 * CommServes of either kind are out there, so both are sent with the same values.
 */
final class JobListRequest {
    private JobListRequest() {
    }

    /** The path and query string under the web service: finished jobs only, the types and client as asked. */
    static String path(JobListQuery query, int offset, int limit) {
        StringBuilder path = new StringBuilder("Job?completedJobLookupTime=").append(query.lookbackSeconds())
                .append("&jobCategory=Finished");
        if (query.allTypes()) {
            // Empty is "every type"; no parameter at all is "backup jobs only".
            path.append("&jobFilter=");
        }
        query.clientId().ifPresent(id -> path.append("&clientId=").append(id));
        return path.append("&limit=").append(limit).append("&offset=").append(offset).toString();
    }

    static HttpCall build(HttpCall.Builder authorized, int offset, int limit) {
        return authorized.header("limit", Integer.toString(limit))
                .header("offset", Integer.toString(offset))
                .get();
    }
}

package app.fiv.demo;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.OptionalLong;

/** {@code GET /Job/{jobId}} and {@code GET /Job/{jobId}/FailedItems}. */
final class JobEndpoints {

    static final String JOB_LIST_ROOT = "JobManager_JobListResponse";
    private static final int MAX_ECHOED_ID = 40;

    private final JobCatalog jobs;

    JobEndpoints(JobCatalog jobs) {
        this.jobs = jobs;
    }

    ApiResponse summary(String rawJobId) {
        OptionalLong jobId = parseJobId(rawJobId);
        if (jobId.isEmpty()) {
            return invalidJobId(rawJobId);
        }
        // An unknown job is an empty list with HTTP 200, not a 404: clients must check the count.
        return jobs.find(jobId.getAsLong())
                .map(job -> {
                    ObjectNode list = Json.object().put("totalRecordsWithoutPaging", 1);
                    list.putArray("jobs").addObject().set("jobSummary", job.summary().toJson());
                    return ApiResponse.structured(200, JOB_LIST_ROOT, list);
                })
                .orElseGet(() -> ApiResponse.structured(200, JOB_LIST_ROOT,
                        Json.object().put("totalRecordsWithoutPaging", 0)));
    }

    ApiResponse failedItems(String rawJobId) {
        OptionalLong jobId = parseJobId(rawJobId);
        if (jobId.isEmpty()) {
            return invalidJobId(rawJobId);
        }
        return jobs.find(jobId.getAsLong())
                .map(job -> answer(job.failedItems()))
                .orElseGet(() -> ApiResponse.error(404, 2, "Job [" + jobId.getAsLong() + "] was not found."));
    }

    private static ApiResponse answer(FailedItemsAnswer answer) {
        if (answer instanceof FailedItemsAnswer.Items items) {
            return ApiResponse.failedItems(items.body());
        }
        if (answer instanceof FailedItemsAnswer.Fault fault) {
            return fault.response();
        }
        FailedItemsAnswer.Failure failure = (FailedItemsAnswer.Failure) answer;
        return ApiResponse.error(failure.httpStatus(), failure.errorCode(), failure.errorMessage());
    }

    /** Job IDs are positive 32-bit integers on a CommServe. */
    static OptionalLong parseJobId(String raw) {
        if (raw.isEmpty() || raw.length() > 10 || !raw.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return OptionalLong.empty();
        }
        long id = Long.parseLong(raw);
        return id >= 1 && id <= Integer.MAX_VALUE ? OptionalLong.of(id) : OptionalLong.empty();
    }

    static ApiResponse invalidJobId(String raw) {
        String shown = raw.length() > MAX_ECHOED_ID ? raw.substring(0, MAX_ECHOED_ID) + "..." : raw;
        return ApiErrors.badRequest("Invalid job ID [" + shown + "]: a job ID is a positive whole number.");
    }
}

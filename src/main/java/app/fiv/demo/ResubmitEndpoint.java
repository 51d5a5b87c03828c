package app.fiv.demo;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Locale;
import java.util.OptionalLong;

/**
 * {@code POST Job/{id}/action/Resubmit[?startInSuspendedState=true|false]}: a new job that repeats
 * a finished one, its ID in {@code jobIds[0]}. Refusals come inside HTTP 200 in both documented
 * forms: an unknown job as {@code errorCode} 2 / {@code errorMessage}; a job still active
 * ({@code errorCode} 3) and the fault and edge-case jobs 1008-1011 and 2001-39999 ({@code errorCode}
 * 1136, no permission) as {@code errors[0].errList[0].{errorCode, errLogMessage}}.
 */
final class ResubmitEndpoint {

    static final String XML_ROOT = "JobManager_JobActionResponse";
    static final int NOT_FOUND = 2;
    static final int STILL_ACTIVE = 3;
    static final int NO_PERMISSION = 1136;

    private final JobCatalog catalog;

    ResubmitEndpoint(JobCatalog catalog) {
        this.catalog = catalog;
    }

    ApiResponse resubmit(ApiRequest request, String rawJobId) {
        OptionalLong jobId = JobEndpoints.parseJobId(rawJobId);
        if (jobId.isEmpty()) {
            return JobEndpoints.invalidJobId(rawJobId);
        }
        String suspended = request.query().get("startInSuspendedState").orElse("false").trim().toLowerCase(Locale.ROOT);
        if (!suspended.equals("true") && !suspended.equals("false")) {
            return ApiErrors.badRequest("Invalid startInSuspendedState [" + (suspended.length() > 40 ? suspended.substring(0, 40)
                    + "..." : suspended) + "]: use true or false.");
        }
        long id = jobId.getAsLong();
        return catalog.find(id).map(job -> {
            if (isFaultMode(id)) {
                return errList(NO_PERMISSION, "Access denied: user [" + DemoCommServe.USER + "] does not have the Job"
                        + " Management permission on client [" + job.summary().origin().clientName() + "].");
            }
            if (job.summary().active()) {
                return errList(STILL_ACTIVE, "Job [" + id + "] is still " + job.summary().status().toLowerCase(Locale.ROOT)
                        + "; only a finished job can be resubmitted.");
            }
            long newJob = catalog.resubmitted().submit(job, catalog.now(), suspended.equals("true"));
            ObjectNode answer = Json.object();
            answer.putArray("jobIds").add(newJob);
            return ApiResponse.structured(200, XML_ROOT, answer);
        }).orElseGet(() -> ApiResponse.error(200, NOT_FOUND, "Job [" + id + "] was not found."));
    }

    /** The demo's fault and edge-case jobs, whose failed items misbehave on purpose: repeating them makes no sense. */
    static boolean isFaultMode(long jobId) {
        return jobId >= DemoJobs.ERROR_BODY_200 && jobId <= DemoJobs.CUT_OFF
                || jobId >= DemoJobs.EMPTY_BODY && jobId < HistoryPlan.FIRST_JOB_ID;
    }

    private static ApiResponse errList(int code, String message) {
        ObjectNode answer = Json.object();
        answer.putArray("errors").addObject().putArray("errList").addObject()
                .put("errorCode", code)
                .put("errLogMessage", message);
        return ApiResponse.structured(200, XML_ROOT, answer);
    }
}

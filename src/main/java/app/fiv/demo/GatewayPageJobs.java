package app.fiv.demo;

import java.util.Map;

/**
 * Jobs 2014, 2015 and 2021: HTML pages instead of an answer, from a load balancer, from a web
 * server without the endpoint, and from a proxy that labels its error page as JSON.
 */
final class GatewayPageJobs {

    private static final String HTML = "text/html;charset=utf-8";

    private GatewayPageJobs() {
    }

    static DemoJob unavailable503() {
        JobOrigin origin = new JobOrigin("Windows File System", 33, "fs-campus04", 79,
                "DefaultInstanceName", "defaultBackupSet", 80, "Staff", 124);
        ApiResponse page = new PlainResponse(503, HTML, ProxyPages.LOAD_BALANCER_503,
                Map.of("Retry-After", "120", "Cache-Control", "no-cache"));
        return new DemoJob(new JobSummary(DemoJobs.UNAVAILABLE_503, JobSummary.COMPLETED_WITH_ERRORS, "Incremental",
                origin, DemoTimes.at("2026-03-27T22:00:02Z"), DemoTimes.at("2026-03-27T22:38:50Z"),
                22_907, 6_611_204_096L, new FailedCounts(17, 2)), new FailedItemsAnswer.Fault(page));
    }

    /** The page of any path the web server does not know, as on a CommServe from before the endpoint. */
    static DemoJob noEndpoint404() {
        JobOrigin origin = new JobOrigin("Linux File System", 29, "lnx-legacy02", 81,
                "DefaultInstanceName", "defaultBackupSet", 82, "default", 125);
        return new DemoJob(new JobSummary(DemoJobs.NO_ENDPOINT_404, JobSummary.COMPLETED_WITH_ERRORS, "Incremental",
                origin, DemoTimes.at("2026-03-28T01:00:00Z"), DemoTimes.at("2026-03-28T01:21:34Z"),
                31_550, 12_004_118_528L, new FailedCounts(6, 0)), new FailedItemsAnswer.Fault(ApiResponse.notFoundPage()));
    }

    static DemoJob htmlAsJson() {
        JobOrigin origin = new JobOrigin("Windows File System", 33, "fs-plant02", 83,
                "DefaultInstanceName", "defaultBackupSet", 84, "Production", 126);
        ApiResponse page = new PlainResponse(200, ResponseFormat.JSON.contentType(), ProxyPages.PROXY_CONNECT_FAILED, Map.of());
        return new DemoJob(new JobSummary(DemoJobs.HTML_AS_JSON, JobSummary.COMPLETED_WITH_ERRORS, "Incremental",
                origin, DemoTimes.at("2026-03-28T22:00:01Z"), DemoTimes.at("2026-03-28T22:27:15Z"),
                11_864, 2_450_112_512L, new FailedCounts(8, 0)), new FailedItemsAnswer.Fault(page));
    }
}

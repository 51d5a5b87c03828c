package app.fiv.demo;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Jobs 1010 and 1011: answers that are not a CommServe's at all, as clients meet them behind
 * proxies and flaky links: an HTML page with HTTP 200, and a body that breaks off half-way.
 */
final class FaultJobs {

    private FaultJobs() {
    }

    static DemoJob htmlPage200() {
        JobOrigin origin = new JobOrigin("Windows File System", 33, "branch-fs07", 33,
                "DefaultInstanceName", "defaultBackupSet", 35, "default", 77);
        ApiResponse page = new PlainResponse(200, "text/html;charset=utf-8", HtmlPages.page(200, "Sign in",
                "Your session with the corporate proxy has ended. Sign in to continue."), Map.of());
        return new DemoJob(new JobSummary(DemoJobs.HTML_PAGE_200, JobSummary.COMPLETED_WITH_ERRORS, "Incremental",
                origin, DemoTimes.at("2026-03-14T21:00:03Z"), DemoTimes.at("2026-03-14T21:12:44Z"),
                6_233, 1_804_112_003L, new FailedCounts(3, 0)), new FailedItemsAnswer.Fault(page));
    }

    static DemoJob cutOff() {
        FailedItemsBody body = FaultJobs::writeItems;
        JobOrigin origin = new JobOrigin("Linux File System", 29, "lnx-web04", 36,
                "DefaultInstanceName", "defaultBackupSet", 37, "www", 79);
        return new DemoJob(new JobSummary(DemoJobs.CUT_OFF, JobSummary.COMPLETED_WITH_ERRORS, "Full",
                origin, DemoTimes.at("2026-03-15T01:00:09Z"), DemoTimes.at("2026-03-15T02:30:51Z"),
                311_907, 55_204_118_220L, FailedCounts.of(body)), new FailedItemsAnswer.Fault(new CutOffResponse(body)));
    }

    private static void writeItems(FailedItemsSink sink) throws IOException {
        sink.beginList();
        for (int i = 1; i <= DemoJobs.CUT_OFF_ITEMS; i++) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("failureReason", i % 3 == 0 ? "Permission denied" : "No such file or directory");
            item.put("entity", "/var/www/site-" + (i % 17) + "/uploads/2026/03/file-" + i + ".jpg");
            sink.item(item);
        }
        sink.end();
    }
}

package app.fiv.demo;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Jobs 2004, 2006, 2007 and 2016: well-formed HTTP 200 answers that are not the documented
 * shapes: another endpoint's answer, a flag that contradicts the content, a null list, and
 * Commvault's {@code errList} error form.
 */
final class UnexpectedShapeJobs {

    private UnexpectedShapeJobs() {
    }

    static DemoJob otherShape() {
        JobOrigin origin = new JobOrigin("Windows File System", 33, "print-srv02", 59,
                "DefaultInstanceName", "defaultBackupSet", 60, "default", 114);
        ObjectNode jobList = Json.object().put("totalRecordsWithoutPaging", 0);
        jobList.putArray("jobs");
        return new DemoJob(new JobSummary(DemoJobs.OTHER_SHAPE, JobSummary.COMPLETED_WITH_ERRORS, "Incremental",
                origin, DemoTimes.at("2026-03-21T22:00:03Z"), DemoTimes.at("2026-03-21T22:09:58Z"),
                3_902, 640_118_784L, new FailedCounts(2, 0)),
                new FailedItemsAnswer.Fault(ApiResponse.structured(200, JobEndpoints.JOB_LIST_ROOT, jobList)));
    }

    static DemoJob flagContradicts() {
        JobOrigin origin = new JobOrigin("Windows File System", 33, "fs-finance01", 63,
                "DefaultInstanceName", "defaultBackupSet", 64, "Finance", 116);
        ObjectNode answer = Json.object().put("isFailedItemsCSV", true);
        ArrayNode items = answer.putArray("failedItems");
        item(items, "Access is denied.", "F:\\Finance\\Payroll\\2026\\03\\payroll-run-0314.xlsx");
        item(items, "The process cannot access the file because it is being used by another process.",
                "F:\\Finance\\ERP\\Exports\\gl_export_20260314.csv");
        item(items, "The system cannot find the path specified.", "F:\\Finance\\Scans\\Receipts\\2026-03\\");
        item(items, "The file name is too long.", "F:\\Finance\\Audit\\2025\\External auditors\\Requests\\"
                + "PBC list items\\Item 47 - Supporting schedules for intercompany reconciliations (final, reviewed).xlsx");
        return new DemoJob(new JobSummary(DemoJobs.FLAG_CONTRADICTS, JobSummary.COMPLETED_WITH_ERRORS, "Incremental",
                origin, DemoTimes.at("2026-03-22T22:00:06Z"), DemoTimes.at("2026-03-22T22:35:51Z"),
                57_201, 210_944_102_400L, new FailedCounts(3, 1)),
                new FailedItemsAnswer.Fault(ApiResponse.structured(200, XmlFailedItemsSink.ROOT, answer)));
    }

    static DemoJob nullItems() {
        JobOrigin origin = new JobOrigin("Virtual Server", 106, "vcenter01", 65,
                "VMware", "defaultBackupSet", 66, "Tier1-VMs", 117);
        ObjectNode answer = Json.object().putNull("failedItems");
        return new DemoJob(new JobSummary(DemoJobs.NULL_ITEMS, JobSummary.COMPLETED_WITH_ERRORS, "Incremental",
                origin, DemoTimes.at("2026-03-23T00:30:00Z"), DemoTimes.at("2026-03-23T02:04:17Z"),
                1_944, 3_902_117_806_080L, new FailedCounts(2, 0)),
                new FailedItemsAnswer.Fault(ApiResponse.structured(200, XmlFailedItemsSink.ROOT, answer)));
    }

    static DemoJob errList200() {
        JobOrigin origin = new JobOrigin("Windows File System", 33, "hr-fs01", 67,
                "DefaultInstanceName", "defaultBackupSet", 68, "HR-Confidential", 118);
        ObjectNode answer = Json.object();
        answer.putArray("errList").addObject()
                .put("errorCode", 1136)
                .put("errLogMessage", "Access denied: user does not have View permission on the client.")
                .put("errorType", 0);
        return new DemoJob(new JobSummary(DemoJobs.ERRLIST_200, JobSummary.COMPLETED_WITH_ERRORS, "Full",
                origin, DemoTimes.at("2026-03-23T20:00:02Z"), DemoTimes.at("2026-03-23T21:17:33Z"),
                96_480, 402_653_184_000L, new FailedCounts(12, 3)),
                new FailedItemsAnswer.Fault(ApiResponse.structured(200, XmlFailedItemsSink.ROOT, answer)));
    }

    private static void item(ArrayNode items, String reason, String path) {
        items.addObject().put("failureReason", reason).put("entity", path);
    }
}

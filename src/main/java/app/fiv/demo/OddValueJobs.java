package app.fiv.demo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Jobs 2008 and 2009: the list shape with values the documentation does not lead a client to
 * expect: items that are not objects, and items whose values are not all strings.
 */
final class OddValueJobs {

    private static final String NAS = "\\\\nas03\\engineering\\";

    private OddValueJobs() {
    }

    /** A JSON array cannot be rendered as Commvault's XML (attributes need names), so this one is JSON only. */
    static DemoJob itemsNotObjects() {
        JobOrigin origin = new JobOrigin("Windows File System", 33, "wks-lnguyen", 69,
                "DefaultInstanceName", "defaultBackupSet", 70, "UserProfile", 119);
        ObjectNode answer = Json.object().put("isFailedItemsCSV", false);
        answer.putArray("failedItems")
                .add("C:\\Users\\lnguyen\\Documents\\Expenses March.xlsx")
                .add(42)
                .add("C:\\Users\\lnguyen\\AppData\\Local\\Temp\\~DF3A91.tmp")
                .add(5)
                .add("C:\\Users\\lnguyen\\OneDrive - Contoso\\Desktop\\");
        ApiResponse json = new RawResponse(200, ResponseFormat.JSON.contentType(), bytes(answer), Map.of());
        return new DemoJob(new JobSummary(DemoJobs.ITEMS_NOT_OBJECTS, JobSummary.COMPLETED_WITH_ERRORS, "Incremental",
                origin, DemoTimes.at("2026-03-24T12:00:00Z"), DemoTimes.at("2026-03-24T12:06:41Z"),
                41_877, 88_301_322_240L, new FailedCounts(2, 1)), new FailedItemsAnswer.Fault(json));
    }

    static DemoJob mixedValueTypes() {
        JobOrigin origin = new JobOrigin("Windows File System", 33, "nas-gw02", 71,
                "DefaultInstanceName", "UNC-Shares", 72, "engineering-share", 120);
        ObjectNode answer = Json.object().put("isFailedItemsCSV", false);
        ArrayNode items = answer.putArray("failedItems");
        ObjectNode first = items.addObject()
                .put("failureReason", "Access is denied.")
                .put("entity", NAS + "CAD\\Pump housing rev C.dwg")
                .put("size", 1_048_576)
                .put("retried", false)
                .putNull("owner");
        first.putObject("details").put("code", 5).put("stage", "scan");
        first.putArray("streams").add(1).add(2);
        ObjectNode second = items.addObject()
                .put("failureReason", "Data error (cyclic redundancy check).")
                .put("entity", NAS + "Simulation\\run-0412.h5")
                .put("size", 8_589_934_592L)
                .put("retried", true)
                .put("owner", "ENG\\mpatel");
        second.putObject("details").put("code", 23).put("stage", "read").put("retries", 3);
        second.putArray("streams").add(3);
        ObjectNode third = items.addObject()
                .put("failureReason", "Access is denied.")
                .put("entity", NAS + "Vendors\\")
                .put("size", 0)
                .put("retried", false)
                .putNull("owner");
        third.putObject("details").put("code", 5).put("stage", "scan");
        third.putArray("streams");
        items.addObject()
                .put("failureReason", "The system cannot find the file specified.")
                .put("entity", NAS + "Specs\\~$pump-spec.docx")
                .put("size", 162)
                .put("retried", true)
                .put("owner", "ENG\\jdoe")
                .putNull("details");
        ObjectNode fifth = items.addObject()
                .put("failureReason", "The file or directory is corrupted and unreadable.")
                .put("entity", NAS + "Archive\\2019\\test-rig-logs.7z")
                .put("size", 12.75)
                .put("retried", false);
        fifth.putObject("details").put("code", 1392).put("stage", "read").put("fatal", true);
        ObjectNode sixth = items.addObject()
                .put("failureReason", "The process cannot access the file because another process has locked a portion of the file.")
                .put("entity", NAS + "Databases\\parts.mdb")
                .put("errorCode", "0x80070021");
        ArrayNode attempts = sixth.putArray("attempts");
        attempts.addObject().put("at", 1_774_303_215L).put("code", 33);
        attempts.addObject().put("at", 1_774_303_275L).put("code", 33);
        return new DemoJob(new JobSummary(DemoJobs.MIXED_VALUE_TYPES, JobSummary.COMPLETED_WITH_ERRORS, "Full",
                origin, DemoTimes.at("2026-03-24T20:00:04Z"), DemoTimes.at("2026-03-25T01:42:10Z"),
                733_092, 5_112_938_004_480L, new FailedCounts(5, 1)),
                new FailedItemsAnswer.Fault(ApiResponse.structured(200, XmlFailedItemsSink.ROOT, answer)));
    }

    private static byte[] bytes(ObjectNode answer) {
        try {
            return Json.MAPPER.writeValueAsBytes(answer);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}

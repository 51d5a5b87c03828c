package app.fiv.demo;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Job 1004: UNC paths whose items carry keys beyond the documented two, in varying order, with
 * numeric values, and keys that first appear late ({@code errorCode} on the 5th item,
 * {@code sizeBytes} on the 6th, {@code ownerSid} only on the last). A client must build its
 * columns from the keys in first-seen order: entity, failureReason, itemType, errorCode,
 * sizeBytes, ownerSid.
 */
final class UncExtraKeysJob {

    private static final String SHARE = "\\\\nas02\\finance\\";

    private UncExtraKeysJob() {
    }

    static DemoJob job() {
        FailedItemsBody body = UncExtraKeysJob::write;
        JobOrigin origin = new JobOrigin("Windows File System", 33, "nas-gw01", 21,
                "DefaultInstanceName", "UNC-Shares", 26, "finance-share", 63);
        return new DemoJob(new JobSummary(DemoJobs.UNC_EXTRA_KEYS, JobSummary.COMPLETED_WITH_ERRORS, "Full",
                origin, DemoTimes.at("2026-03-07T20:00:05Z"), DemoTimes.at("2026-03-08T03:47:12Z"),
                1_204_566, 2_871_493_001_772L, FailedCounts.of(body)), new FailedItemsAnswer.Items(body));
    }

    private static void write(FailedItemsSink sink) throws IOException {
        sink.beginList();
        for (Map<String, Object> item : items()) {
            sink.item(item);
        }
        sink.end();
    }

    private static List<Map<String, Object>> items() {
        return List.of(
                item("entity", SHARE + "Payroll\\2026\\", "failureReason", "Access is denied.",
                        "itemType", "Folder"),
                item("failureReason", "The process cannot access the file because it is being used by another process.",
                        "entity", SHARE + "Budget\\Budget 2026 v3.xlsx", "itemType", "File"),
                item("itemType", "File", "failureReason", "The system cannot find the file specified.",
                        "entity", SHARE + "Budget\\~$Budget 2026 v3.xlsx"),
                item("entity", SHARE + "Audit\\Bilan_société_2025.pdf", "itemType", "File",
                        "failureReason", "Access is denied."),
                item("failureReason", "The specified network name is no longer available.", "errorCode", 64,
                        "entity", SHARE + "Archive\\2019\\Q4\\ledger-export.csv", "itemType", "File"),
                item("entity", SHARE + "Scans\\Invoices\\INV-2026-00417.tif", "failureReason",
                        "Data error (cyclic redundancy check).", "itemType", "File", "sizeBytes", 48_113_664L),
                item("failureReason", "Access is denied.", "entity", SHARE + "HR\\Contracts\\",
                        "itemType", "Folder"),
                item("errorCode", 32, "failureReason",
                        "The process cannot access the file because another process has locked a portion of the file.",
                        "entity", SHARE + "Databases\\fin_ledger.mdb", "sizeBytes", 2_147_483_650L, "itemType", "File"),
                item("entity", SHARE + "Projects\\O'Brien acquisition\\Due diligence\\Term sheet (draft).docx",
                        "itemType", "File", "failureReason", "The file name is too long.", "errorCode", 206),
                item("failureReason", "The file or directory is corrupted and unreadable.",
                        "entity", SHARE + "Archive\\2018\\closing.zip", "itemType", "File", "sizeBytes", 0L,
                        "errorCode", 1392),
                item("itemType", "Folder", "entity", SHARE + "Temp\\", "failureReason",
                        "The system cannot find the path specified."),
                item("entity", SHARE + "Board\\Minutes 2026-02.docx", "failureReason", "Access is denied.",
                        "itemType", "File", "errorCode", 5, "sizeBytes", 371_712L,
                        "ownerSid", "S-1-5-21-3623811015-3361044348-30300820-1013"));
    }

    /** Builds an item from alternating keys and values, keeping their order. */
    private static Map<String, Object> item(Object... keysAndValues) {
        Map<String, Object> item = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            item.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return item;
    }
}

package app.fiv.demo;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Jobs 2025 to 2028: answers of a hostile or compromised CommServe that are valid JSON and XML but
 * aim at the client: an own key in every item (the table grows a column per item), text with
 * terminal control sequences, and cells that spreadsheets may run as formulas.
 */
final class HostileAnswerJobs {

    /**
     * Clears the screen, moves the cursor home, retitles the terminal (OSC 0 … BEL), forges a line
     * of its own after CR LF, and hides the rest behind the 8-bit CSI and a right-to-left override.
     */
    static final String TERMINAL_ESCAPES = "\u001B[2J\u001B[HThe index of this job is not available."
            + "\u001B]0;All backups OK\u0007\r\nError: none, all good\r\n\u009B8m\u202Egninraw";
    static final String ESCAPES_CLIENT = "fs-\u001B[31mcorp\u001B[0m07\r\nJob 1 on fs01 (Completed)";
    static final String ESCAPES_STATUS = "Completed\u001B]0;nothing failed\u0007";

    /** Failure reason, then path: each path begins with something a spreadsheet may take for a formula. */
    static final List<List<String>> FORMULA_LOOKALIKES = List.of(
            List.of("Access is denied.", "=HYPERLINK(\"http://attacker.example/\",\"open\")"),
            List.of("Access is denied.", " =1+2"),
            List.of("Access is denied.", "\u00A0=cmd|' /C calc'!A0"),
            List.of("Access is denied.", "\u3000+SUM(A1:A9)"),
            List.of("Access is denied.", "\n-2+3"),
            List.of("Access is denied.", "\u0000@SUM(1)"),
            List.of("Access is denied.", "\uFF1D1+2"),
            List.of("Access is denied.", "\uFF0B1+2"),
            List.of("Access is denied.", "\uFF0D1+2"),
            List.of("Access is denied.", "\uFF20SUM(1)"),
            List.of("\t=2*3 (a reason with a leading tab)", "C:\\Users\\Public\\report.xlsx"),
            List.of("Access is denied.", "C:\\Users\\Public\\plain-path.txt"));

    private HostileAnswerJobs() {
    }

    static DemoJob keyPerItem() {
        FailedItemsBody body = sink -> ownKeys(sink, DemoJobs.KEY_PER_ITEM_ITEMS, true);
        return items(DemoJobs.KEY_PER_ITEM, "scan-gw01", 101, "2026-03-29T20:00:03Z", body);
    }

    static DemoJob tooManyKeys() {
        FailedItemsBody body = sink -> ownKeys(sink, DemoJobs.TOO_MANY_KEYS_ITEMS, false);
        return items(DemoJobs.TOO_MANY_KEYS, "scan-gw02", 103, "2026-03-29T21:00:01Z", body);
    }

    /** An HTTP 200 error body; the job's summary carries control sequences too, in its client name and status. */
    static DemoJob terminalEscapes() {
        JobOrigin origin = new JobOrigin("Windows File System", 33, ESCAPES_CLIENT, 105,
                "DefaultInstanceName", "defaultBackupSet", 106, "default", 145);
        return new DemoJob(new JobSummary(DemoJobs.TERMINAL_ESCAPES, ESCAPES_STATUS, "Incremental", origin,
                DemoTimes.at("2026-03-29T22:00:00Z"), DemoTimes.at("2026-03-29T22:09:12Z"), 3_019, 771_203_584L,
                new FailedCounts(2, 0)), new FailedItemsAnswer.Failure(200, 19, TERMINAL_ESCAPES));
    }

    static DemoJob formulaLookalikes() {
        FailedItemsBody body = sink -> {
            sink.beginList();
            for (List<String> item : FORMULA_LOOKALIKES) {
                Map<String, Object> fields = new LinkedHashMap<>();
                fields.put("failureReason", item.get(0));
                fields.put("entity", item.get(1));
                sink.item(fields);
            }
            sink.end();
        };
        return items(DemoJobs.FORMULA_LOOKALIKES, "fs-fin02", 107, "2026-03-29T23:00:02Z", body);
    }

    /** Items that each bring one key no other item has, after the usual two when {@code withUsualKeys}. */
    private static void ownKeys(FailedItemsSink sink, int count, boolean withUsualKeys) throws IOException {
        sink.beginList();
        for (int i = 1; i <= count; i++) {
            Map<String, Object> item = new LinkedHashMap<>();
            if (withUsualKeys) {
                item.put("failureReason", "The device is not ready.");
                item.put("entity", String.format(Locale.ROOT, "\\\\scan-gw\\inbox\\batch-%05d.tif", i));
            }
            item.put(String.format(Locale.ROOT, "item-%05d", i), "x");
            sink.item(item);
        }
        sink.end();
    }

    private static DemoJob items(long jobId, String client, int clientId, String start, FailedItemsBody body) {
        JobOrigin origin = new JobOrigin("Windows File System", 33, client, clientId,
                "DefaultInstanceName", "defaultBackupSet", clientId + 1, "default", clientId + 40);
        return new DemoJob(new JobSummary(jobId, JobSummary.COMPLETED_WITH_ERRORS, "Incremental", origin,
                DemoTimes.at(start), DemoTimes.at(start).plusSeconds(1_422), 40_118, 9_114_220_544L,
                FailedCounts.of(body)), new FailedItemsAnswer.Items(body));
    }
}

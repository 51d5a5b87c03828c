package app.fiv.demo;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Jobs 1012 to 1014, for scale and progress: a million-item file server (list shape), a
 * 200,000-row Exchange job (CSV shape), and a slow job whose rows trickle out.
 */
final class ScaleJobs {

    private static final String SLOW_PATH = "/srv/slow/share-";
    /** Projects with names beyond Latin-1, so some of the million paths need more than one byte a character. */
    private static final List<String> NON_LATIN_PROJECTS = List.of(
            "東京オフィス 設計図", "Проект Москва-Сити", "Αθήνα Γραφείο", "서울 지사 자료", "工程 北京 2026", "Émile Zoë 🚀");

    private ScaleJobs() {
    }

    static DemoJob millionItems() {
        FailedItemsBody body = ScaleJobs::writeMillion;
        JobOrigin origin = new JobOrigin("Windows File System", 33, "fileserver-hq01", 41,
                "DefaultInstanceName", "defaultBackupSet", 43, "AllShares", 97);
        // Counted once and pinned (ScaleJobsTest checks it): counting a million items at every start costs a second.
        return new DemoJob(new JobSummary(DemoJobs.MILLION_ITEMS, JobSummary.COMPLETED_WITH_ERRORS, "Full",
                origin, DemoTimes.at("2026-03-16T20:00:00Z"), DemoTimes.at("2026-03-17T09:12:40Z"),
                48_112_907, 92_402_377_310_208L, MILLION_COUNTS), new FailedItemsAnswer.Items(body));
    }

    static final FailedCounts MILLION_COUNTS = new FailedCounts(978_805, 21_195);

    static DemoJob largeCsv() {
        FailedItemsBody body = ScaleJobs::writeLargeCsv;
        JobOrigin origin = new JobOrigin("Exchange Mailbox", 137, "exchange-online-eu", 39,
                "Exchange Online", "User Mailbox", 45, "allmailboxes", 99);
        return new DemoJob(new JobSummary(DemoJobs.LARGE_CSV, JobSummary.COMPLETED_WITH_ERRORS, "Full",
                origin, DemoTimes.at("2026-03-17T01:00:00Z"), DemoTimes.at("2026-03-17T11:38:17Z"),
                9_873_402, 3_611_448_920_113L, LARGE_CSV_COUNTS), new FailedItemsAnswer.Items(body));
    }

    static final FailedCounts LARGE_CSV_COUNTS = new FailedCounts(171_919, 28_081);

    static DemoJob slow() {
        FailedItemsBody body = ScaleJobs::writeSlow;
        JobOrigin origin = new JobOrigin("Linux File System", 29, "lnx-far-away", 47,
                "DefaultInstanceName", "defaultBackupSet", 49, "default", 101);
        return new DemoJob(new JobSummary(DemoJobs.SLOW, JobSummary.COMPLETED_WITH_ERRORS, "Incremental",
                origin, DemoTimes.at("2026-03-18T01:00:00Z"), DemoTimes.at("2026-03-18T01:40:00Z"),
                91_004, 4_448_920_113L, FailedCounts.of(body)), new FailedItemsAnswer.Items(body));
    }

    private static void writeMillion(FailedItemsSink sink) throws IOException {
        Random random = new Random(1012L);
        sink.beginList();
        Map<String, Object> item = new LinkedHashMap<>();
        for (int i = 0; i < DemoJobs.MILLION_ITEMS_COUNT; i++) {
            item.put("failureReason", WindowsFailureReasons.FILE_SERVER.pick(random));
            List<String> projects = random.nextInt(50) == 0 ? NON_LATIN_PROJECTS : LargeFileServerJob.PROJECTS;
            item.put("entity", LargeFileServerJob.path(random, projects));
            sink.item(item);
        }
        sink.end();
    }

    private static void writeLargeCsv(FailedItemsSink sink) throws IOException {
        Random random = new Random(1013L);
        sink.beginCsv(ExchangeMailboxesJob.COLUMNS);
        for (int i = 0; i < DemoJobs.LARGE_CSV_ROWS; i++) {
            sink.row(ExchangeMailboxesJob.row(random));
        }
        sink.end();
    }

    /** {@value DemoJobs#SLOW_ITEMS} items in batches of 100, a batch every 100 ms. */
    private static void writeSlow(FailedItemsSink sink) throws IOException {
        sink.beginList();
        List<String> reasons = new ArrayList<>(List.of("Permission denied", "Input/output error", "Stale file handle"));
        for (int i = 0; i < DemoJobs.SLOW_ITEMS; i++) {
            if (i > 0 && i % 100 == 0) {
                sink.pace(100);
            }
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("failureReason", reasons.get(i % reasons.size()));
            item.put("entity", SLOW_PATH + (i % 7) + "/data/file-" + i + ".bin");
            sink.item(item);
        }
        sink.end();
    }
}

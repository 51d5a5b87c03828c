package app.fiv.demo;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Job 1005: a big Windows file server, {@value DemoJobs#LARGE_FILE_SERVER_ITEMS} items generated
 * while streaming, with paths of 40 to 120 characters and skewed reasons.
 */
final class LargeFileServerJob {

    static final int MIN_PATH = 40;
    static final int MAX_PATH = 120;
    private static final long SEED = 1005L;
    private static final String ROOT = "D:\\Shares\\Projects\\";

    static final List<String> PROJECTS = List.of(
            "P-2024-017 Harbour Bridge", "P-2025-003 Northwind ERP", "P-2025-041 Lisbon Office",
            "P-2026-002 Data Centre Move", "Internal", "Templates", "P-2023-112 Riverside Mall", "Bids");
    private static final List<String> DIRS = List.of(
            "CAD", "Drawings", "Rev A", "Rev B", "Correspondence", "Contracts", "Site Photos", "Meeting Notes",
            "2025", "2026", "Specifications", "Structural", "MEP", "Archive", "Working", "Submittals",
            "Client Review", "Old", "Renders", "Budget", "Schedules", "RFIs", "Handover");
    private static final List<String> FILES = List.of(
            "Floor plan level", "Section", "Minutes", "Invoice", "Change order", "Site report", "Model",
            "Photo", "Estimate", "Punch list", "Transmittal", "Scope of works", "Programme", "Scan");
    private static final List<String> EXTENSIONS = List.of(
            ".dwg", ".pdf", ".docx", ".xlsx", ".jpg", ".rvt", ".msg", ".pptx", ".zip", ".bak", ".dwl", ".tmp");

    private LargeFileServerJob() {
    }

    static DemoJob job() {
        FailedItemsBody body = LargeFileServerJob::write;
        JobOrigin origin = new JobOrigin("Windows File System", 33, "fileserver02", 15,
                "DefaultInstanceName", "defaultBackupSet", 17, "Projects", 48);
        return new DemoJob(new JobSummary(DemoJobs.LARGE_FILE_SERVER, JobSummary.COMPLETED_WITH_ERRORS,
                "Incremental", origin, DemoTimes.at("2026-03-09T21:00:03Z"), DemoTimes.at("2026-03-10T04:26:51Z"),
                6_482_115, 14_902_377_310_208L, FailedCounts.of(body)), new FailedItemsAnswer.Items(body));
    }

    /** A smaller job drawn the same way: {@code count} items from {@code seed}. */
    static FailedItemsBody sample(long seed, int count) {
        return sink -> write(sink, seed, count);
    }

    private static void write(FailedItemsSink sink) throws IOException {
        write(sink, SEED, DemoJobs.LARGE_FILE_SERVER_ITEMS);
    }

    private static void write(FailedItemsSink sink, long seed, int count) throws IOException {
        Random random = new Random(seed);
        sink.beginList();
        for (int i = 0; i < count; i++) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("failureReason", WindowsFailureReasons.FILE_SERVER.pick(random));
            item.put("entity", path(random));
            sink.item(item);
        }
        sink.end();
    }

    /** Draws until the length fits, which stays deterministic because the draws come from the same seed. */
    private static String path(Random random) {
        return path(random, PROJECTS);
    }

    /** A path under one of {@code projects}, 40 to 120 characters long. */
    static String path(Random random, List<String> projects) {
        while (true) {
            StringBuilder path = new StringBuilder(ROOT).append(WeightedChoice.any(random, projects)).append('\\');
            int depth = random.nextInt(5);
            for (int d = 0; d < depth; d++) {
                path.append(WeightedChoice.any(random, DIRS)).append('\\');
            }
            if (random.nextInt(40) != 0) {
                path.append(WeightedChoice.any(random, FILES)).append(' ')
                        .append(100 + random.nextInt(9_900))
                        .append(WeightedChoice.any(random, EXTENSIONS));
            }
            if (path.length() >= MIN_PATH && path.length() <= MAX_PATH) {
                return path.toString();
            }
        }
    }
}

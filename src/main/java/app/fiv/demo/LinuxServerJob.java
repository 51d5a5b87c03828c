package app.fiv.demo;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Job 1003: a Linux file server with Unix paths, ten typical reasons and some non-Latin names. */
final class LinuxServerJob {

    static final int ITEMS = 150;
    private static final long SEED = 1003L;

    private static final WeightedChoice<String> REASONS = new WeightedChoice<String>()
            .add(30, "Permission denied")
            .add(18, "No such file or directory (file was removed during backup)")
            .add(12, "File changed during backup (size or modification time differs)")
            .add(9, "Resource temporarily unavailable (file is locked by another process)")
            .add(7, "File is a socket; skipped")
            .add(6, "Stale NFS file handle")
            .add(5, "Input/output error")
            .add(5, "Too many levels of symbolic links")
            .add(4, "File name too long")
            .add(4, "Operation not supported (extended attributes could not be read)");

    private static final List<String> ROOTS = List.of(
            "/srv/data/", "/srv/data/shared/", "/home/", "/var/lib/postgresql/14/main/",
            "/var/lib/docker/volumes/", "/var/lib/jenkins/workspace/", "/opt/app/releases/");
    private static final List<String> USERS = List.of("alice", "bmartin", "chen", "dkowalski", "svc-build", "root");
    private static final List<String> DIRS = List.of(
            "projects", "reports", "2026", "q1", "archive", "tmp", "build", "logs", "exports", "cache",
            "config", "uploads", "scans", "invoices", "src", "pg_wal", "base", "_data", "run");
    private static final List<String> FILES = List.of(
            "report", "data", "backup", "notes", "index", "session", "output", "invoice-2026-02", "dump",
            "agent", "app", "upload", "000000010000000A000000F3", "16384");
    private static final List<String> EXTENSIONS = List.of(
            ".log", ".csv", ".tar.gz", ".json", ".sock", ".lock", ".pdf", ".xlsx", ".sqlite", "", ".tmp");

    /** Hand-picked names that exercise encodings: accented French, Japanese, Cyrillic, emoji. */
    private static final List<String> NON_LATIN = List.of(
            "/srv/data/Équipe/Réunion d'été 2026/procès-verbal.odt",
            "/home/yuki/ドキュメント/報告書_2026年3月.pdf",
            "/srv/data/отчёты/Квартальный отчёт.xlsx",
            "/home/sam/Photos 📷/plage 🌊 été.jpg",
            "/srv/data/shared/Präsentation für Müller.pptx",
            "/home/yuki/写真/",
            "/srv/data/архив/договор №17.docx",
            "/home/alice/notes 📝/à faire.md");

    private LinuxServerJob() {
    }

    static DemoJob job() {
        FailedItemsBody body = LinuxServerJob::write;
        JobOrigin origin = new JobOrigin("Linux File System", 29, "lnx-app01", 18,
                "DefaultInstanceName", "defaultBackupSet", 22, "srv-data", 57);
        return new DemoJob(new JobSummary(DemoJobs.LINUX_SERVER, JobSummary.COMPLETED_WITH_ERRORS, "Incremental",
                origin, DemoTimes.at("2026-03-04T23:30:02Z"), DemoTimes.at("2026-03-05T00:12:44Z"),
                412_907, 389_112_774_520L, FailedCounts.of(body)), new FailedItemsAnswer.Items(body));
    }

    private static void write(FailedItemsSink sink) throws IOException {
        Random random = new Random(SEED);
        List<String> reasons = REASONS.values();
        int nonLatin = 0;
        sink.beginList();
        for (int i = 0; i < ITEMS; i++) {
            // The first items show every reason once, so the whole catalogue is visible in a short list.
            String reason = i < reasons.size() ? reasons.get(i) : REASONS.pick(random);
            String path = i % 17 == 5 && nonLatin < NON_LATIN.size() ? NON_LATIN.get(nonLatin++) : path(random);
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("failureReason", reason);
            item.put("entity", path);
            sink.item(item);
        }
        sink.end();
    }

    private static String path(Random random) {
        StringBuilder path = new StringBuilder(WeightedChoice.any(random, ROOTS));
        if (path.toString().equals("/home/")) {
            path.append(WeightedChoice.any(random, USERS)).append('/');
        }
        int depth = 1 + random.nextInt(3);
        for (int d = 0; d < depth; d++) {
            path.append(WeightedChoice.any(random, DIRS)).append('/');
        }
        if (random.nextInt(12) == 0) {
            return path.toString(); // a folder that could not be read
        }
        return path.append(WeightedChoice.any(random, FILES)).append(WeightedChoice.any(random, EXTENSIONS)).toString();
    }
}

package app.fiv.demo;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The history of a big CommCell for the jobs view's benchmark: {@link #JOBS} backup jobs of
 * {@link #CLIENTS} Windows file servers ({@code fs-scale-001} and on, client IDs from
 * {@link #FIRST_CLIENT_ID}), every one of them finished within the last 24 hours, one in six with
 * a few failed items.
 */
final class ScaleHistory {

    static final int JOBS = 10_000;
    static final int CLIENTS = 200;
    static final int FIRST_CLIENT_ID = 5_001;
    private static final Duration SPREAD = Duration.ofHours(23);

    private ScaleHistory() {
    }

    static List<PlannedJob> jobs() {
        List<JobOrigin> origins = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            String name = String.format("fs-scale-%03d", c + 1);
            origins.add(new JobOrigin("Windows File System", 33, name, FIRST_CLIENT_ID + c, "DefaultInstanceName",
                    "defaultBackupSet", 60_000 + c, "default", 70_000 + c));
        }
        Random random = new Random(10_000);
        List<PlannedJob> jobs = new ArrayList<>(JOBS);
        for (int i = 0; i < JOBS; i++) {
            // Oldest first, from 23 h 30 min before the start; each takes 2 to 5 minutes.
            Duration startAgo = Duration.ofMinutes(30).plus(SPREAD.multipliedBy(JOBS - i).dividedBy(JOBS));
            FailedItemsBody items = random.nextInt(6) == 0
                    ? LargeFileServerJob.sample(i, 1 + random.nextInt(12))
                    : PlannedJob.NO_ITEMS;
            jobs.add(PlannedJob.of(origins.get(i % CLIENTS), JobType.BACKUP, i % 7 == 0 ? "Full" : "Incremental", startAgo,
                    Duration.ofMinutes(2 + random.nextInt(4)), 5_000 + random.nextInt(50_000),
                    1_000_000_000L + random.nextInt(1_000_000_000), items));
        }
        return jobs;
    }
}

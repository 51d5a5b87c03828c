package app.fiv.demo;

import java.time.Duration;
import java.util.List;
import java.util.Random;

import static app.fiv.demo.HistoryTimes.NIGHTS;
import static app.fiv.demo.HistoryTimes.minutes;
import static app.fiv.demo.HistoryTimes.night;

/**
 * The history's jobs of other types: a nightly aux copy on the CommServe (failed on night 9, and a
 * second one waiting for streams at the start), data verification on nights 3 and 10, synthetic
 * fulls of fs-win02 / Projects on nights 6 and 13, and three restores (the latest, three hours
 * before the start, could not write five files).
 */
final class OtherOperationsHistory {

    private static final JobStory INTERACTIVE = new JobStory("admin", "Interactive", List.of(), List.of(), 0);

    private OtherOperationsHistory() {
    }

    static void addTo(List<PlannedJob> jobs) {
        Random random = new Random(2);
        for (int n = 0; n < NIGHTS; n++) {
            PlannedJob copy = PlannedJob.of(HistoryClients.COMMSERVE, JobType.AUX_COPY, null, night(n, 360),
                    minutes(50 + random.nextInt(30)), 0, 2_100_000_000_000L + random.nextInt(1_000_000_000), PlannedJob.NO_ITEMS);
            if (n == 9) {
                copy = copy.as(JobStatuses.FAILED, "MediaAgent [ma02] is offline or not reachable. Check the Commvault"
                        + " services on the MediaAgent.").withLength(minutes(8));
            }
            jobs.add(copy);
            if (n == 3 || n == 10) {
                jobs.add(PlannedJob.of(HistoryClients.COMMSERVE, JobType.DATA_VERIFICATION, null, night(n, 420),
                        minutes(70), 0, 14_000_000_000_000L, PlannedJob.NO_ITEMS));
            }
            if (n == 6 || n == 13) {
                jobs.add(PlannedJob.of(HistoryClients.FS_WIN02_PROJECTS, JobType.SYNTHETIC_FULL, "Synthetic Full",
                        night(n, 300), minutes(170), 270_000, 1_420_000_000_000L, PlannedJob.NO_ITEMS));
            }
        }
        jobs.add(PlannedJob.of(HistoryClients.COMMSERVE, JobType.AUX_COPY, null, minutes(14), minutes(14), 0, 0,
                        PlannedJob.NO_ITEMS)
                .as(JobStatuses.WAITING, "No resources available: the storage policy copy [SP-Disk-30d / Cloud-1y]"
                        + " has no free streams.").withProgress(0));
        restores(jobs);
    }

    private static void restores(List<PlannedJob> jobs) {
        jobs.add(PlannedJob.of(HistoryClients.FS_WIN01_USERS, JobType.RESTORE, null, Duration.ofDays(10).plusHours(3),
                minutes(12), 1_214, 3_800_000_000L, PlannedJob.NO_ITEMS).withStory(INTERACTIVE));
        jobs.add(PlannedJob.of(HistoryClients.SQL_PROD01, JobType.RESTORE, null, Duration.ofDays(2).plusHours(5),
                minutes(25), 1, 61_000_000_000L, PlannedJob.NO_ITEMS).withStory(INTERACTIVE));
        FailurePool denied = FailurePool.list(9003);
        String folder = "D:\\Restore\\P-2025-041 Lisbon Office\\Contracts\\";
        for (String file : List.of("Signed contract.pdf", "Annex A.docx", "Annex B.docx", "Fee schedule.xlsx", "Letter of award.pdf")) {
            denied.path(folder + file, "Access is denied.", 0, 0);
        }
        jobs.add(PlannedJob.of(HistoryClients.FS_WIN02_PROJECTS, JobType.RESTORE, null, minutes(200), minutes(9),
                412, 2_200_000_000L, denied.run(0)).withStory(INTERACTIVE));
    }
}

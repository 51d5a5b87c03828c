package app.fiv.demo;

import java.util.List;
import java.util.Random;

import static app.fiv.demo.HistoryTimes.LATEST_NIGHT;
import static app.fiv.demo.HistoryTimes.NIGHTS;
import static app.fiv.demo.HistoryTimes.minutes;
import static app.fiv.demo.HistoryTimes.night;

/**
 * SQL Server: four instances with a nightly backup (full every seventh night, differential between)
 * and a transaction log backup every hour, for the fifteen days of the history. The HR instance's
 * nightly backup skips an offline database every night and, last night, one more in restoring
 * state; one log backup of the REPORTING instance failed five hours before the start (no items),
 * one of HR was killed at its time limit, one of sql-prod01 completed with warnings.
 */
final class DatabaseHistory {

    static final int LOG_HOURS = NIGHTS * 24;
    private static final List<JobOrigin> INSTANCES = List.of(HistoryClients.SQL_PROD01,
            HistoryClients.SQL_PROD01_REPORTING, HistoryClients.SQL_FIN01, HistoryClients.SQL_FIN01_HR);
    private static final int[] DATABASES = {14, 6, 9, 4};

    private DatabaseHistory() {
    }

    static void addTo(List<PlannedJob> jobs) {
        for (int i = 0; i < INSTANCES.size(); i++) {
            nightly(jobs, i);
            logs(jobs, i);
        }
    }

    static FailurePool hrPool() {
        return FailurePool.list(3052)
                .path("HR_Archive2019", "Database [HR_Archive2019] is offline. The database was skipped.", 0, LATEST_NIGHT)
                .path("HR_Payroll_Staging", "Database [HR_Payroll_Staging] is in RESTORING state and cannot be backed up.",
                        LATEST_NIGHT, LATEST_NIGHT);
    }

    private static void nightly(List<PlannedJob> jobs, int instance) {
        JobOrigin origin = INSTANCES.get(instance);
        FailurePool pool = origin == HistoryClients.SQL_FIN01_HR ? hrPool() : FailurePool.list(instance);
        Random random = new Random(origin.subclientId());
        for (int n = 0; n < NIGHTS; n++) {
            boolean full = n % 7 == 0;
            jobs.add(PlannedJob.of(origin, JobType.BACKUP, full ? "Full" : "Differential", night(n, 120 + 4 * instance),
                    minutes((full ? 35 : 12) + random.nextInt(10)), DATABASES[instance],
                    (full ? 410_000_000_000L : 38_000_000_000L) / (instance + 1) + random.nextInt(900_000_000),
                    pool.run(n)));
        }
    }

    private static void logs(List<PlannedJob> jobs, int instance) {
        JobOrigin origin = INSTANCES.get(instance);
        Random random = new Random(origin.subclientId() * 31L);
        for (int hour = LOG_HOURS; hour >= 1; hour--) {
            PlannedJob job = PlannedJob.of(origin, JobType.BACKUP, "Transaction Log", minutes(hour * 60L - 5 - 3L * instance),
                    minutes(1 + random.nextInt(3)), DATABASES[instance], 40_000_000L + random.nextInt(900_000_000),
                    PlannedJob.NO_ITEMS);
            if (origin == HistoryClients.SQL_PROD01_REPORTING && hour == 5) {
                job = job.as(JobStatuses.FAILED, "Unable to connect to SQL Server instance [sql-prod01\\REPORTING]:"
                        + " Login failed for user 'CORP\\svc-commvault'. (Error 18456)");
            } else if (origin == HistoryClients.SQL_FIN01_HR && hour == 60) {
                job = job.as(JobStatuses.KILLED, "Job was killed because it exceeded the running time limit of 30 minutes.")
                        .withLength(minutes(30)).withProgress(47);
            } else if (origin == HistoryClients.SQL_PROD01 && hour == 30) {
                job = job.as(JobStatuses.COMPLETED_WITH_WARNINGS, "The log of database [Sales] was not truncated:"
                        + " an active transaction is holding it.");
            }
            jobs.add(job);
        }
    }
}

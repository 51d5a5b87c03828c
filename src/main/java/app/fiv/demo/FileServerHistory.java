package app.fiv.demo;

import java.util.List;
import java.util.Random;

import static app.fiv.demo.HistoryTimes.LATEST_NIGHT;
import static app.fiv.demo.HistoryTimes.NIGHTS;
import static app.fiv.demo.HistoryTimes.minutes;
import static app.fiv.demo.HistoryTimes.night;

/**
 * The nightly file system backups of the history, one run a night for fifteen nights:
 * <ul>
 * <li>fs-win01 / Users: Outlook files locked every night (one of them "Access is denied." last
 *     night instead), a private folder and a file denied every night, six new failures last night
 *     (a project folder), four that were fixed last night, others that come and go;</li>
 * <li>fs-win01 / Departments: clean until night 12, then a payroll folder denied every night;</li>
 * <li>fs-win02 / Projects: files that come and go; night 11 failed to start (client unreachable);
 *     last night {@code Completed} although three files failed;</li>
 * <li>lnx-web01 / srv-www: two sockets every night, thirty "Permission denied" of a release on
 *     nights 5 to 9 only (fixed since), killed on night 12.</li>
 * </ul>
 */
final class FileServerHistory {

    private static final String LOCKED = "The process cannot access the file because it is being used by another process.";
    private static final String DENIED = "Access is denied.";
    private static final List<String> USERS = List.of("amartin", "bcosta", "cwei", "dkowalski", "elaurent",
            "fhaddad", "goneill", "htanaka", "ijohansson", "jwright", "knowak", "lfernandez", "nnguyen");

    private FileServerHistory() {
    }

    static void addTo(List<PlannedJob> jobs) {
        users(jobs);
        departments(jobs);
        projects(jobs);
        web(jobs);
    }

    static FailurePool usersPool() {
        FailurePool pool = FailurePool.list(3011);
        for (String user : USERS) {
            String ost = "E:\\Users\\" + user + "\\AppData\\Local\\Microsoft\\Outlook\\" + user + "@contoso.com.ost";
            if (user.equals("nnguyen")) {
                pool.pathWithNewReason(ost, LOCKED, 0, LATEST_NIGHT, LATEST_NIGHT, DENIED);
            } else if (!user.equals("bcosta")) {
                pool.path(ost, LOCKED, 0, LATEST_NIGHT);
            }
        }
        pool.path("E:\\Users\\jwright\\Private\\", DENIED, 0, LATEST_NIGHT)
                .path("E:\\Users\\elaurent\\Documents\\Réunions\\procès-verbal été 2026.docx", DENIED, 0, LATEST_NIGHT);
        String forecast = "E:\\Users\\mlopez\\Projects\\Q4 Forecast\\";
        pool.path(forecast, DENIED, LATEST_NIGHT, LATEST_NIGHT);
        for (String file : List.of("Forecast model v7.xlsx", "Board deck.pptx", "Assumptions.docx", "Regions.csv", "Notes.txt")) {
            pool.path(forecast + file, DENIED, LATEST_NIGHT, LATEST_NIGHT);
        }
        for (String file : List.of("setup-2026.11.iso", "drivers.zip", "VPN client.msi", "scan0042.pdf")) {
            pool.path("E:\\Users\\bcosta\\Downloads\\" + file, "The file or directory is corrupted and unreadable.",
                    8, LATEST_NIGHT - 1);
        }
        Random random = new Random(30111);
        for (int i = 0; i < 16; i++) {
            int first = random.nextInt(NIGHTS - 1);
            String user = WeightedChoice.any(random, USERS);
            pool.path("E:\\Users\\" + user + "\\Documents\\Archive " + (2019 + i % 6) + "\\Scan " + (1000 + random.nextInt(9000)) + ".pdf",
                    WindowsFailureReasons.FILE_SERVER.pick(random), first, Math.min(first + random.nextInt(5), LATEST_NIGHT - 1));
        }
        for (int i = 0; i < 25; i++) {
            String user = WeightedChoice.any(random, USERS);
            String name = i % 3 == 0 ? "~$Budget " + i + ".xlsx" : i % 3 == 1 ? "~$Report " + i + ".docx" : "Temp\\msohtml" + i + ".tmp";
            pool.flakyPath("E:\\Users\\" + user + "\\Documents\\" + name, LOCKED, 0, LATEST_NIGHT, 0.3);
        }
        return pool;
    }

    private static void users(List<PlannedJob> jobs) {
        FailurePool pool = usersPool();
        Random random = new Random(3011);
        for (int n = 0; n < NIGHTS; n++) {
            jobs.add(PlannedJob.of(HistoryClients.FS_WIN01_USERS, JobType.BACKUP, level(n), night(n, 5),
                    minutes(55 + random.nextInt(30)), 41_000 + random.nextInt(9_000), 9_200_000_000L + random.nextInt(900_000_000),
                    pool.run(n)));
        }
    }

    private static void departments(List<PlannedJob> jobs) {
        String payroll = "E:\\Departments\\Finance\\Payroll\\2026\\";
        FailurePool pool = FailurePool.list(3012)
                .path(payroll, DENIED, 12, LATEST_NIGHT)
                .path(payroll + "Salaries December.xlsx", DENIED, 12, LATEST_NIGHT)
                .flakyPath("E:\\Departments\\Marketing\\Campaigns\\~$Launch plan.docx", LOCKED, 0, 11, 0.15);
        Random random = new Random(3012);
        for (int n = 0; n < NIGHTS; n++) {
            jobs.add(PlannedJob.of(HistoryClients.FS_WIN01_DEPARTMENTS, JobType.BACKUP, level(n), night(n, 10),
                    minutes(30 + random.nextInt(15)), 18_000 + random.nextInt(2_000), 2_100_000_000L + random.nextInt(90_000_000),
                    pool.run(n)));
        }
    }

    static FailurePool projectsPool() {
        FailurePool pool = FailurePool.list(3021);
        for (String file : List.of("Level 2 plan.dwl", "Level 2 plan.dwl2", "Section A-A.dwl")) {
            pool.path("D:\\Shares\\Projects\\P-2026-002 Data Centre Move\\CAD\\Working\\" + file, LOCKED,
                    LATEST_NIGHT - 1, LATEST_NIGHT);
        }
        Random random = new Random(30211);
        for (int i = 0; i < 30; i++) {
            pool.flakyPath(LargeFileServerJob.path(random, LargeFileServerJob.PROJECTS),
                    WindowsFailureReasons.FILE_SERVER.pick(random), 0, LATEST_NIGHT - 2, 0.35);
        }
        return pool;
    }

    private static void projects(List<PlannedJob> jobs) {
        FailurePool pool = projectsPool();
        Random random = new Random(3021);
        for (int n = 0; n < NIGHTS; n++) {
            PlannedJob job = PlannedJob.of(HistoryClients.FS_WIN02_PROJECTS, JobType.BACKUP, level(n), night(n, 30),
                    minutes(100 + random.nextInt(40)), 260_000 + random.nextInt(20_000), 1_410_000_000_000L + random.nextInt(1_000_000_000),
                    pool.run(n));
            if (n == 11) {
                job = job.as(JobStatuses.FAILED_TO_START, "Client [fs-win02] is not reachable. Check the network"
                        + " connection and that the Commvault services are running on the client.").withLength(minutes(1));
            } else if (n == LATEST_NIGHT) {
                job = job.as(JobStatuses.COMPLETED, "").withItems(pool.run(n)); // a Completed job with failed files
            }
            jobs.add(job);
        }
    }

    static FailurePool webPool() {
        FailurePool pool = FailurePool.list(3031)
                .path("/srv/www/run/php-fpm.sock", "File is a socket; skipped", 0, LATEST_NIGHT)
                .path("/srv/www/run/redis.sock", "File is a socket; skipped", 0, LATEST_NIGHT);
        for (int i = 0; i < 30; i++) {
            pool.path("/srv/www/releases/2026-11-18/storage/framework/cache/data/" + Integer.toHexString(0xa1c0 + i * 37)
                    + "/" + Integer.toHexString(0x5e11d0 + i * 7919), "Permission denied", 5, 9);
        }
        for (int day = 1; day <= 5; day++) {
            pool.flakyPath("/srv/www/shared/storage/logs/laravel-2026-11-2" + day + ".log",
                    "File changed during backup (size or modification time differs)", 0, LATEST_NIGHT, 0.2);
        }
        return pool;
    }

    private static void web(List<PlannedJob> jobs) {
        FailurePool pool = webPool();
        Random random = new Random(3031);
        for (int n = 0; n < NIGHTS; n++) {
            PlannedJob job = PlannedJob.of(HistoryClients.LNX_WEB01_WWW, JobType.BACKUP, level(n), night(n, 60),
                    minutes(20 + random.nextInt(10)), 120_000 + random.nextInt(8_000), 48_000_000_000L + random.nextInt(500_000_000),
                    pool.run(n));
            if (n == 12) {
                job = job.as(JobStatuses.KILLED, "Job was killed by user [admin].").withLength(minutes(14)).withProgress(62);
            }
            jobs.add(job);
        }
    }

    /** A full every seventh night, from the first; incrementals in between. */
    static String level(int night) {
        return night % 7 == 0 ? "Full" : "Incremental";
    }
}

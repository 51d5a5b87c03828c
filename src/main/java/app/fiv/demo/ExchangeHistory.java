package app.fiv.demo;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;

import static app.fiv.demo.HistoryTimes.minutes;

/**
 * Exchange Online in the CSV shape with a GUID column, every two hours for fifteen days
 * ({@link #RUNS} runs; the last is still running at the start). Across runs: three mailboxes that
 * no longer exist and four oversized items fail on every run, two items fail on every run with a
 * new reason on the latest finished run, four rows are new on that run and three were fixed on
 * it, fifty throttled items come and go. Run 120 was committed, run 150 failed (bad app secret).
 */
final class ExchangeHistory {

    static final int RUNS = 180;
    /** The latest finished run; the one after it is running. */
    static final int LAST_FINISHED = RUNS - 2;
    /** Items over the size limit, skipped on every run (the details' {@code skippedItems}). */
    private static final int OVERSIZED_ITEMS = 4;
    private static final String DOMAIN = "fabrikam.com";
    private static final List<String> PEOPLE = List.of("Ana Souza", "Ben Carter", "Chloé Dubois", "David Levi",
            "Eva Novak", "Felix Wagner", "Gina Rossi", "Hana Sato", "Igor Petrov", "Julia Berg", "Kofi Mensah",
            "Lena Schmidt", "Accounts Payable", "Reception", "Board Room");
    private static final List<String> FOLDERS = List.of("Inbox", "Sent Items", "Archive", "Inbox\\Suppliers",
            "Inbox\\Projects\\Atlas", "Deleted Items", "Calendar", "Archive\\2025");
    private static final List<String> SUBJECTS = List.of("RE: Invoice 2026-1184", "Contract draft v3",
            "Weekly report", "FW: Site photos", "Quarterly figures (large attachment)", "Réunion budget",
            "Offboarding checklist", "RE: RE: Tender clarification", "Agenda for Monday");

    private ExchangeHistory() {
    }

    static FailurePool pool() {
        Random random = new Random(3061);
        FailurePool pool = FailurePool.csv(ExchangeMailboxesJob.COLUMNS, "Reason", 3061);
        for (int i = 0; i < 3; i++) {
            String person = PEOPLE.get(i * 4);
            String guid = guid(random);
            pool.row(List.of("Mailbox", person, smtp(person), "\\" + smtp(person), "Failed",
                    ExchangeErrors.mailboxNotFound(guid), guid), 0, LAST_FINISHED);
        }
        for (int i = 0; i < OVERSIZED_ITEMS; i++) {
            pool.row(message(random, "Skipped", ExchangeErrors.tooLarge(random)), 0, LAST_FINISHED);
        }
        for (int i = 0; i < 2; i++) {
            pool.rowWithNewReason(message(random, "Failed", "EWS request failed: ErrorServerBusy - The server cannot"
                            + " service this request right now. Try again later."), 0, LAST_FINISHED, LAST_FINISHED,
                    "Failed to download the item MIME content: the operation timed out after 300 seconds.");
        }
        for (int i = 0; i < 4; i++) {
            pool.row(message(random, "Failed", "EWS request failed: ErrorItemCorrupt - The item is corrupt."),
                    LAST_FINISHED, LAST_FINISHED);
        }
        for (int i = 0; i < 3; i++) {
            pool.row(message(random, "Failed", ExchangeErrors.item(random, guid(random))), LAST_FINISHED - 20, LAST_FINISHED - 1);
        }
        for (int i = 0; i < 50; i++) {
            pool.flakyRow(message(random, "Failed", ExchangeErrors.graph(random, guid(random), "messages")),
                    0, LAST_FINISHED, 0.15);
        }
        for (int i = 0; i < 20; i++) {
            int first = random.nextInt(LAST_FINISHED - 1);
            pool.row(message(random, "Failed", ExchangeErrors.item(random, guid(random))), first,
                    Math.min(first + random.nextInt(12), LAST_FINISHED - 1));
        }
        return pool;
    }

    static void addTo(List<PlannedJob> jobs) {
        FailurePool pool = pool();
        Random random = new Random(306);
        for (int run = 0; run < RUNS; run++) {
            Duration startAgo = Duration.ofHours(2L * (RUNS - 1 - run)).plusMinutes(35);
            PlannedJob job = PlannedJob.of(HistoryClients.EXCHANGE, JobType.BACKUP, "Incremental", startAgo,
                    minutes(40 + random.nextInt(35)), 2_400 + random.nextInt(1_600), 1_800_000_000L + random.nextInt(900_000_000),
                    pool.run(run));
            if (run == RUNS - 1) {
                job = job.as(JobStatuses.RUNNING, "").withLength(minutes(35)).withProgress(63);
            } else if (run == 120) {
                job = job.as(JobStatuses.COMMITTED, "The job was interrupted by a service restart on the access node;"
                        + " the items backed up so far were committed.");
            } else if (run == 150) {
                job = job.as(JobStatuses.FAILED, "Failed to get an access token from Azure AD: AADSTS7000215: Invalid"
                        + " client secret provided. Update the app's secret in the Office 365 app configuration.");
            } else {
                job = job.withStory(new JobStory("admin", "Scheduled", List.of(), List.of(), OVERSIZED_ITEMS));
            }
            jobs.add(job);
        }
    }

    private static List<String> message(Random random, String status, String reason) {
        String person = WeightedChoice.any(random, PEOPLE);
        return List.of("Message", WeightedChoice.any(random, SUBJECTS), smtp(person),
                "\\" + smtp(person) + "\\" + WeightedChoice.any(random, FOLDERS), status, reason, graphId(random));
    }

    private static String smtp(String person) {
        return person.replace("é", "e").replace(' ', '.').toLowerCase(Locale.ROOT) + "@" + DOMAIN;
    }

    private static String guid(Random random) {
        return new UUID(random.nextLong(), random.nextLong()).toString();
    }

    private static String graphId(Random random) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        StringBuilder id = new StringBuilder("AAMkADc3MWUy");
        for (int i = 0; i < 96; i++) {
            id.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return id.append("AAA=").toString();
    }
}

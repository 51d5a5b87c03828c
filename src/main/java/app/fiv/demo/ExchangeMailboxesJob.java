package app.fiv.demo;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;

/**
 * Job 1006: Exchange Online mailboxes answering in the CSV shape, with the Graph/EWS errors such
 * a job really reports (throttling, missing mailboxes, oversized items...).
 */
final class ExchangeMailboxesJob {

    static final int ROWS = 300;
    static final List<String> COLUMNS = List.of("Item Type", "Item Name", "Mailbox", "Path", "Status", "Reason", "GUID");
    private static final long SEED = 1006L;
    private static final String DOMAIN = "contoso.com";

    private static final List<String> PEOPLE = List.of(
            "Alice Martin", "Bruno Costa", "Chen Wei", "Dana Kowalski", "Émilie Laurent", "Farid Haddad",
            "Grace O'Neill", "Hiroshi Tanaka", "Ingrid Johansson", "Jamal Wright", "Katarzyna Nowak",
            "Luis Fernández", "Finance Shared", "Support Desk", "Room Atlantic");
    private static final List<String> FOLDERS = List.of(
            "Inbox", "Sent Items", "Archive", "Inbox\\Projects", "Inbox\\Customers\\Northwind", "Deleted Items",
            "Calendar", "Contacts", "Conversation History", "Archive\\2025");
    private static final List<String> SUBJECTS = List.of(
            "RE: Q1 budget review", "FW: Signed contract", "Invoice INV-2026-0311", "Weekly status",
            "Meeting minutes – steering committee", "Photos from the site visit", "RE: RE: Server migration plan",
            "Your order has shipped", "Out of office", "Tender documents (large attachment)", "Réunion du lundi",
            "見積書の送付", "Отчёт за февраль");

    private static final WeightedChoice<String> ITEM_TYPES = new WeightedChoice<String>()
            .add(70, "Message").add(10, "Calendar Item").add(6, "Contact").add(10, "Folder").add(4, "Mailbox");

    private ExchangeMailboxesJob() {
    }

    static DemoJob job() {
        FailedItemsBody body = ExchangeMailboxesJob::write;
        JobOrigin origin = new JobOrigin("Exchange Mailbox", 137, "exchange-online", 31,
                "Exchange Online", "User Mailbox", 35, "usermailbox", 92);
        return new DemoJob(new JobSummary(DemoJobs.EXCHANGE_MAILBOXES, JobSummary.COMPLETED_WITH_ERRORS,
                "Incremental", origin, DemoTimes.at("2026-03-11T02:00:00Z"), DemoTimes.at("2026-03-11T05:38:17Z"),
                1_873_402, 611_448_920_113L, FailedCounts.of(body)), new FailedItemsAnswer.Items(body));
    }

    private static void write(FailedItemsSink sink) throws IOException {
        Random random = new Random(SEED);
        sink.beginCsv(COLUMNS);
        for (int i = 0; i < ROWS; i++) {
            sink.row(row(random));
        }
        sink.end();
    }

    static List<String> row(Random random) {
        String person = WeightedChoice.any(random, PEOPLE);
        String smtp = person.replace("É", "E").replace("é", "e").replace("'", "").replace(' ', '.')
                .toLowerCase(Locale.ROOT) + "@" + DOMAIN;
        String type = ITEM_TYPES.pick(random);
        String folder = WeightedChoice.any(random, FOLDERS);
        String userGuid = guid(random);
        return switch (type) {
            case "Mailbox" -> List.of(type, person, smtp, "\\" + smtp, "Failed",
                    mailboxReason(random, userGuid), userGuid);
            case "Folder" -> List.of(type, leaf(folder), smtp, "\\" + smtp + "\\" + folder, "Failed",
                    ExchangeErrors.graph(random, userGuid, "mailFolders"), graphId(random));
            default -> {
                boolean tooLarge = random.nextInt(8) == 0;
                String reason = tooLarge ? ExchangeErrors.tooLarge(random) : ExchangeErrors.item(random, userGuid);
                yield List.of(type, WeightedChoice.any(random, SUBJECTS), smtp, "\\" + smtp + "\\" + folder,
                        tooLarge ? "Skipped" : "Failed", reason, graphId(random));
            }
        };
    }

    private static String mailboxReason(Random random, String userGuid) {
        return random.nextBoolean() ? ExchangeErrors.mailboxNotFound(userGuid) : ExchangeErrors.graph(random, userGuid, "mailFolders");
    }

    private static String leaf(String folder) {
        return folder.substring(folder.lastIndexOf('\\') + 1);
    }

    private static String guid(Random random) {
        return new UUID(random.nextLong(), random.nextLong()).toString();
    }

    /** Graph item and folder IDs look like this: a fixed prefix and a long base64url tail. */
    private static String graphId(Random random) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        StringBuilder id = new StringBuilder("AAMkAGI2TG93AAA");
        for (int i = 0; i < 120; i++) {
            id.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return id.append("AAA=").toString();
    }
}

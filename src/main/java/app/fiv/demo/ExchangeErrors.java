package app.fiv.demo;

import java.util.List;
import java.util.Random;

/** Reason texts of a Microsoft 365 mailbox backup, worded like the Commvault agent words them. */
final class ExchangeErrors {

    private static final String GRAPH = "https://graph.microsoft.com/v1.0/users/";

    /** Graph failures: {Error code, Error message, Status code + text}. Throttling dominates. */
    private static final WeightedChoice<List<String>> GRAPH_FAILURES = new WeightedChoice<List<String>>()
            .add(45, List.of("ApplicationThrottled", "Application is over its MailboxConcurrency limit.", "429", "TooManyRequests"))
            .add(15, List.of("ErrorAccessDenied", "Access is denied. Check credentials and try again.", "403", "Forbidden"))
            .add(15, List.of("ServiceUnavailable", "Service unavailable, please retry.", "503", "ServiceUnavailable"))
            .add(10, List.of("ErrorTimeoutExpired", "The request timed out.", "504", "GatewayTimeout"))
            .add(8, List.of("ErrorItemNotFound", "The specified object was not found in the store.", "404", "NotFound"))
            .add(7, List.of("ErrorInternalServerError", "An internal server error occurred. The operation failed.", "500", "InternalServerError"));

    private ExchangeErrors() {
    }

    static String graph(Random random, String userGuid, String resource) {
        List<String> f = GRAPH_FAILURES.pick(random);
        return "Error in performing get items web request [" + GRAPH + userGuid + "/" + resource + "]. [Error code ["
                + f.get(0) + "], Error message [" + f.get(1) + "], Status code [" + f.get(2) + "] [" + f.get(3) + "]]";
    }

    static String item(Random random, String userGuid) {
        return switch (random.nextInt(6)) {
            case 0 -> "EWS request failed: ErrorItemCorrupt - The item is corrupt.";
            case 1 -> "EWS request failed: ErrorServerBusy - The server cannot service this request right now. Try again later.";
            case 2 -> "Failed to download the item MIME content: the operation timed out after 300 seconds.";
            default -> graph(random, userGuid, "messages");
        };
    }

    static String mailboxNotFound(String userGuid) {
        return "Mailbox not found. Error in performing get items web request [" + GRAPH + userGuid
                + "/mailFolders]. [Error code [MailboxNotEnabledForRESTAPI], Error message [The mailbox is either"
                + " inactive, soft-deleted, or is hosted on-premise.], Status code [404] [NotFound]]";
    }

    static String tooLarge(Random random) {
        int megabytes = 151 + random.nextInt(250);
        return "Item size [" + megabytes + " MB] exceeds the maximum supported item size [150 MB]. The item was skipped.";
    }
}

package app.fiv.demo;

/** What {@code GET /Job/{id}/FailedItems} answers for a job that exists. */
sealed interface FailedItemsAnswer {

    /** HTTP 200 with the job's failed items. */
    record Items(FailedItemsBody body) implements FailedItemsAnswer {
    }

    /**
     * An error body ({@code errorCode}/{@code errorMessage}) with the given HTTP status; Commvault
     * uses status 200 for some of these, so clients must look at the body, not only the status.
     */
    record Failure(int httpStatus, int errorCode, String errorMessage) implements FailedItemsAnswer {
    }

    /** Something that is not a Commvault answer at all (a proxy's page, a broken connection). */
    record Fault(ApiResponse response) implements FailedItemsAnswer {
    }
}

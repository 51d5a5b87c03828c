package app.fiv.demo;

/** One job of the demo CommServe: what {@code GET /Job/{id}} and {@code GET /Job/{id}/FailedItems} answer. */
record DemoJob(JobSummary summary, FailedItemsAnswer failedItems) {

    long jobId() {
        return summary.jobId();
    }
}

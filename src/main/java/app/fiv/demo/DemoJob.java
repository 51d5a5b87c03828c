package app.fiv.demo;

/**
 * One job of the demo CommServe: what {@code GET /Job/{id}} and {@code GET /Job/{id}/FailedItems}
 * answer, and the story that {@code JobDetails} and {@code Events} tell about it.
 */
record DemoJob(JobSummary summary, FailedItemsAnswer failedItems, JobStory story) {

    /** A job started by its schedule, whose details and events follow from its summary alone. */
    DemoJob(JobSummary summary, FailedItemsAnswer failedItems) {
        this(summary, failedItems, JobStory.SCHEDULED);
    }

    long jobId() {
        return summary.jobId();
    }
}

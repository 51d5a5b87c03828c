package app.fiv.demo;

import java.time.Duration;

/**
 * One job of the history, its times as offsets before the server's start. A {@code null} status
 * means "from its items": {@code Completed w/ one or more errors} if it has any, else {@code Completed}.
 * An active job's {@code length} is how long it had run when the server started.
 */
record PlannedJob(JobOrigin origin, JobType type, String level, String status, Duration startAgo, Duration length,
                  long files, long bytes, String pendingReason, int percentComplete, FailedItemsBody body, JobStory story) {

    static final FailedItemsBody NO_ITEMS = sink -> {
        sink.beginList();
        sink.end();
    };

    /** A finished job whose status follows from its items. */
    static PlannedJob of(JobOrigin origin, JobType type, String level, Duration startAgo, Duration length,
                         long files, long bytes, FailedItemsBody body) {
        return new PlannedJob(origin, type, level, null, startAgo, length, files, bytes, "", 100, body, JobStory.SCHEDULED);
    }

    /** The same job with a fixed status and reason (and no items, unless {@link #withItems} follows). */
    PlannedJob as(String newStatus, String reason) {
        int percent = JobStatuses.isActive(newStatus) ? percentComplete : 100;
        return new PlannedJob(origin, type, level, newStatus, startAgo, length, files, bytes, reason, percent,
                NO_ITEMS, story);
    }

    PlannedJob withItems(FailedItemsBody items) {
        return new PlannedJob(origin, type, level, status, startAgo, length, files, bytes, pendingReason,
                percentComplete, items, story);
    }

    PlannedJob withLength(java.time.Duration newLength) {
        return new PlannedJob(origin, type, level, status, startAgo, newLength, files, bytes, pendingReason,
                percentComplete, body, story);
    }

    PlannedJob withProgress(int percent) {
        return new PlannedJob(origin, type, level, status, startAgo, length, files, bytes, pendingReason, percent,
                body, story);
    }

    PlannedJob withStory(JobStory newStory) {
        return new PlannedJob(origin, type, level, status, startAgo, length, files, bytes, pendingReason,
                percentComplete, body, newStory);
    }
}

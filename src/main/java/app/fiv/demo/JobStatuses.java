package app.fiv.demo;

import java.util.Set;

/** The job status strings of a CommServe, and which of them mean the job is still active. */
final class JobStatuses {

    static final String COMPLETED = "Completed";
    static final String COMPLETED_WITH_ERRORS = "Completed w/ one or more errors";
    static final String COMPLETED_WITH_WARNINGS = "Completed w/ one or more warnings";
    static final String FAILED = "Failed";
    static final String FAILED_TO_START = "Failed to Start";
    static final String KILLED = "Killed";
    static final String COMMITTED = "Committed";
    static final String RUNNING = "Running";
    static final String WAITING = "Waiting";
    static final String PENDING = "Pending";
    static final String SUSPENDED = "Suspended";
    static final String QUEUED = "Queued";

    private static final Set<String> ACTIVE = Set.of(RUNNING, WAITING, PENDING, SUSPENDED, QUEUED,
            "Suspend", "Kill Pending", "Interrupt Pending");
    private static final Set<String> FAILURES = Set.of(FAILED, FAILED_TO_START, KILLED);

    private JobStatuses() {
    }

    static boolean isActive(String status) {
        return ACTIVE.contains(status);
    }

    static boolean isFailure(String status) {
        return FAILURES.contains(status);
    }

    /** The summary's {@code statusColor}, roughly as Command Center colours the status column. */
    static String color(String status) {
        if (COMPLETED.equals(status)) {
            return "black";
        }
        if (isFailure(status)) {
            return "red";
        }
        return isActive(status) ? "green" : "#FF8000";
    }
}

package app.fiv.demo;

import java.time.Duration;
import java.util.List;

/**
 * What {@code JobDetails} and {@code Events} tell about a job beyond its summary: who started it,
 * its attempts when they are worth telling (else they follow from the status), the virtual
 * machines of a VM job, and how many items it skipped on purpose.
 */
record JobStory(String startedBy, String startedFrom, List<Attempt> attempts, List<VmStatus> vms, long skippedItems) {

    static final JobStory SCHEDULED = new JobStory("admin", "Scheduled", List.of(), List.of(), 0);

    JobStory {
        attempts = List.copyOf(attempts);
        vms = List.copyOf(vms);
    }

    JobStory withAttempts(List<Attempt> attempts) {
        return new JobStory(startedBy, startedFrom, attempts, vms, skippedItems);
    }

    /** One attempt of one phase; times are offsets from the job's start, so a story fits any start time. */
    record Attempt(String phase, String status, String reason, Duration from, Duration to) {
    }

    /**
     * One virtual machine of a VM job. {@code status} as the demo renders {@code Status}:
     * 0 backed up, 1 failed, 2 backed up with errors (no table of values is documented).
     */
    record VmStatus(String vmName, String guid, int status, String failureReason, long sizeBytes, String host) {

        static final int BACKED_UP = 0;
        static final int FAILED = 1;
        static final int PARTIAL = 2;
    }
}

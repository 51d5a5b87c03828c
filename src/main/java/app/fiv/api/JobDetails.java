package app.fiv.api;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What {@code POST JobDetails} tells about a job beyond its summary: who and what started it, how
 * far it got and why it waits, each attempt of each phase, and for a virtual machine job each VM.
 * Any part may be missing on a server: text is then blank, numbers and times empty, lists empty.
 *
 * @param objects          {@code detailInfo.numOfObjects}
 * @param filesTransferred {@code progressInfo.numOfFilesTransferred}
 * @param skippedItems     {@code detailInfo.skippedItems}: left out on purpose (filters, exclusions), not failed
 */
public record JobDetails(long jobId, String startedBy, String startedFrom, String operation, String backupLevel,
                         String clientName, String subclientName, String state, String delayReason,
                         OptionalLong objects, OptionalLong filesTransferred, OptionalLong skippedItems,
                         Optional<Instant> startTime, Optional<Instant> endTime,
                         List<Attempt> attempts, List<VirtualMachine> virtualMachines) {

    public JobDetails {
        attempts = List.copyOf(attempts);
        virtualMachines = List.copyOf(virtualMachines);
    }

    /** One attempt of one phase ({@code attemptsInfo[]}); {@code number} is 0 when the server gave none. */
    public record Attempt(int number, String phase, String status, String reason,
                          Optional<Instant> startTime, Optional<Instant> endTime) {
    }

    /**
     * One virtual machine of a VM job ({@code clientStatusInfo.vmStatus[]}).
     *
     * @param status the server's {@code Status} as it came (a number or a word)
     */
    public record VirtualMachine(String name, VmOutcome outcome, String status, String failureReason, String host) {
    }

    /** True for a virtual machine job: one that lists its VMs. */
    public boolean isVirtualMachineJob() {
        return !virtualMachines.isEmpty();
    }
}

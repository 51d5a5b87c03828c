package app.fiv.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import static app.fiv.demo.HistoryTimes.LATEST_NIGHT;
import static app.fiv.demo.HistoryTimes.NIGHTS;
import static app.fiv.demo.HistoryTimes.minutes;
import static app.fiv.demo.HistoryTimes.night;

/**
 * VMware backups of vcenter-prod, nightly. Production VMs: vm-sql-test03 fails every night (VSS
 * timeout), vm-file-01 failed on nights 10 to 13 and was fixed last night, vm-web-02 is new last
 * night (a locked disk), two build VMs fail now and then, and vm-app-05 is backed up with errors
 * every fourth night. The failed VMs are the job's failed items (the VM name as {@code entity})
 * and its details' {@code vmStatus}. Test VMs: clean, but last night's job is still pending.
 */
final class VirtualMachineHistory {

    private static final List<String> PRODUCTION = List.of("vm-dc-01", "vm-dc-02", "vm-file-01", "vm-web-01",
            "vm-web-02", "vm-app-04", "vm-app-05", "vm-sql-test03", "vm-build-01", "vm-build-02", "vm-print-01", "vm-jump-01");
    private static final List<String> TEST = List.of("vm-test-ubuntu", "vm-test-win2022", "vm-test-sql", "vm-qa-01", "vm-qa-02");
    private static final String PARTIAL_VM = "vm-app-05";

    private VirtualMachineHistory() {
    }

    static FailurePool productionPool() {
        return FailurePool.list(3071)
                .path("vm-sql-test03", "Failed to create a quiesced snapshot of the virtual machine: the guest's VSS"
                        + " writer [SqlServerWriter] timed out.", 0, LATEST_NIGHT)
                .path("vm-file-01", "Changed block tracking could not be enabled on the virtual machine: a snapshot"
                        + " exists that was not created by Commvault.", 10, LATEST_NIGHT - 1)
                .path("vm-web-02", "Unable to open the virtual disk [vm-web-02_1.vmdk]: the file is locked by another"
                        + " host (esx02.corp.example).", LATEST_NIGHT, LATEST_NIGHT)
                .flakyPath("vm-build-01", "Failed to create a snapshot: another task is already in progress on the"
                        + " virtual machine.", 0, LATEST_NIGHT, 0.2)
                .flakyPath("vm-build-02", "Failed to create a snapshot: another task is already in progress on the"
                        + " virtual machine.", 0, LATEST_NIGHT, 0.2);
    }

    static void addTo(List<PlannedJob> jobs) {
        FailurePool production = productionPool();
        FailurePool test = FailurePool.list(3072);
        Random random = new Random(307);
        for (int n = 0; n < NIGHTS; n++) {
            FailedItemsBody items = production.run(n);
            jobs.add(PlannedJob.of(HistoryClients.VM_PRODUCTION, JobType.BACKUP, FileServerHistory.level(n), night(n, 180),
                            minutes(95 + random.nextInt(40)), PRODUCTION.size(), 6_400_000_000_000L + random.nextInt(1_000_000_000), items)
                    .withStory(story(PRODUCTION, failedVms(items), n % 4 == 1, n)));
            PlannedJob testJob = PlannedJob.of(HistoryClients.VM_TEST, JobType.BACKUP, FileServerHistory.level(n),
                            night(n, 200), minutes(40 + random.nextInt(20)), TEST.size(), 900_000_000_000L + random.nextInt(1_000_000),
                            test.run(n))
                    .withStory(story(TEST, Map.of(), false, n));
            if (n == LATEST_NIGHT) {
                testJob = testJob.as(JobStatuses.PENDING, "Host [esx03.corp.example] is in maintenance mode. The job"
                        + " will resume when the host is available.").withLength(night(n, 200).minusMinutes(5)).withProgress(12);
            }
            jobs.add(testJob);
        }
    }

    private static JobStory story(List<String> vms, Map<String, String> failed, boolean partialNight, int night) {
        List<JobStory.VmStatus> statuses = new ArrayList<>();
        for (String vm : vms) {
            Random random = new Random(vm.hashCode() * 31L + night);
            String guid = new UUID(vm.hashCode() * 0x9E3779B97F4A7C15L, vm.length() * 0xC2B2AE3D27D4EB4FL).toString();
            String host = "esx0" + (1 + Math.floorMod(vm.hashCode(), 4)) + ".corp.example";
            long size = (40L + Math.floorMod(vm.hashCode(), 400)) * 1_073_741_824L + random.nextInt(1 << 30);
            if (failed.containsKey(vm)) {
                statuses.add(new JobStory.VmStatus(vm, guid, JobStory.VmStatus.FAILED, failed.get(vm), 0, host));
            } else if (partialNight && vm.equals(PARTIAL_VM)) {
                statuses.add(new JobStory.VmStatus(vm, guid, JobStory.VmStatus.PARTIAL,
                        "Files of the guest could not be indexed for granular recovery.", size, host));
            } else {
                statuses.add(new JobStory.VmStatus(vm, guid, JobStory.VmStatus.BACKED_UP, "", size, host));
            }
        }
        return new JobStory("admin", "Scheduled", List.of(), statuses, 0);
    }

    /** VM name to reason, read from the night's failed items so the two always agree. */
    private static Map<String, String> failedVms(FailedItemsBody items) {
        Map<String, String> failed = new HashMap<>();
        try {
            items.writeTo(new FailedItemsReader() {
                @Override
                public void item(Map<String, ?> fields) {
                    failed.put(String.valueOf(fields.get("entity")), String.valueOf(fields.get("failureReason")));
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return failed;
    }
}

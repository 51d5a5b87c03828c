package app.fiv.demo;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.util.List;

/**
 * The answer of {@code POST JobDetails}: {@code {"job": {"jobDetail": {generalInfo, progressInfo,
 * detailInfo, attemptsInfo, clientStatusInfo (VM jobs only)}}}}. Times are Unix seconds; an active
 * job's {@code endTime} is 0.
 */
final class JobDetailsDocument {

    private JobDetailsDocument() {
    }

    static ObjectNode of(DemoJob job) {
        JobSummary summary = job.summary();
        ObjectNode detail = Json.object();
        ObjectNode general = detail.putObject("generalInfo")
                .put("jobId", summary.jobId())
                .put("jobStartedBy", job.story().startedBy())
                .put("jobStartedFrom", job.story().startedFrom())
                .put("operationType", summary.jobType().displayName())
                .put("jobType", summary.jobType().displayName());
        if (summary.backupLevelName() != null) {
            general.put("backupType", summary.backupLevelName());
        }
        general.put("startTime", summary.start().getEpochSecond())
                .put("priority", 166);
        general.set("subclient", summary.subclient());
        general.putObject("storagePolicy").put("storagePolicyName", "SP-Disk-30d").put("storagePolicyId", 3);
        general.putObject("mediaAgent").put("mediaAgentName", "ma01").put("mediaAgentId", 4);

        long failed = summary.failed().files() + summary.failed().folders();
        long transferred = summary.active()
                ? summary.totalNumOfFiles() * summary.percentComplete() / 100
                : Math.max(0, summary.totalNumOfFiles() - failed);
        detail.putObject("progressInfo")
                .put("state", summary.status())
                .put("reasonForJobDelay", summary.active() ? summary.pendingReason() : "")
                .put("percentComplete", summary.percentComplete())
                .put("currentPhase", summary.active() ? summary.jobType().mainPhase() : "")
                .put("numOfFilesTransferred", transferred);
        detail.putObject("detailInfo")
                .put("numOfObjects", summary.totalNumOfFiles())
                .put("numOfFailedObjects", failed)
                .put("skippedItems", job.story().skippedItems())
                .put("startTime", summary.start().getEpochSecond())
                .put("endTime", summary.end() == null ? 0 : summary.end().getEpochSecond())
                .put("lastUpdateTime", summary.lastUpdate().getEpochSecond())
                .put("sizeOfApplication", summary.sizeOfApplication())
                .put("sizeOfMediaOnDisk", summary.sizeOfApplication() / 11);
        attempts(detail.putArray("attemptsInfo"), JobAttempts.of(job), summary);
        if (!job.story().vms().isEmpty()) {
            vms(detail.putObject("clientStatusInfo").putArray("vmStatus"), job.story().vms(), summary);
        }
        ObjectNode answer = Json.object();
        answer.putObject("job").set("jobDetail", detail);
        return answer;
    }

    private static void attempts(ArrayNode array, List<JobStory.Attempt> attempts, JobSummary summary) {
        for (int i = 0; i < attempts.size(); i++) {
            JobStory.Attempt attempt = attempts.get(i);
            boolean current = summary.active() && i == attempts.size() - 1;
            array.addObject()
                    .put("attemptNumber", i + 1)
                    .put("phaseName", attempt.phase())
                    .put("status", attempt.status())
                    .put("reason", attempt.reason())
                    .put("startTime", summary.start().plus(attempt.from()).getEpochSecond())
                    .put("endTime", current ? 0 : summary.start().plus(attempt.to()).getEpochSecond());
        }
    }

    private static void vms(ArrayNode array, List<JobStory.VmStatus> vms, JobSummary summary) {
        Instant start = summary.start();
        long step = Math.max(1, (summary.lastUpdate().getEpochSecond() - start.getEpochSecond()) / vms.size());
        for (int i = 0; i < vms.size(); i++) {
            JobStory.VmStatus vm = vms.get(i);
            array.addObject()
                    .put("vmName", vm.vmName())
                    .put("vmGuid", vm.guid())
                    .put("Status", vm.status())
                    .put("FailureReason", vm.failureReason())
                    .put("BackupStartTime", start.getEpochSecond() + i * step)
                    .put("BackupEndTime", start.getEpochSecond() + (i + 1) * step)
                    .put("Size", vm.sizeBytes())
                    .put("Host", vm.host())
                    .put("vsaBackupLevel", summary.backupLevelName() == null ? "" : summary.backupLevelName());
        }
    }
}

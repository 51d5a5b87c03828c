package app.fiv.demo;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;

/**
 * The {@code jobSummary} of {@code GET /Job/{id}} and {@code GET Job}. Besides the fields a
 * failed-items client needs, it renders several other fields a real CommServe sends, so that
 * clients learn to ignore them. A job still active has no {@code end} (its {@code jobEndTime} is 0).
 */
record JobSummary(
        long jobId,
        String status,
        String backupLevelName,
        JobOrigin origin,
        Instant start,
        Instant end,
        long totalNumOfFiles,
        long sizeOfApplication,
        FailedCounts failed,
        JobType jobType,
        String pendingReason,
        int percentComplete,
        Instant lastUpdate) {

    static final String COMPLETED = JobStatuses.COMPLETED;
    static final String COMPLETED_WITH_ERRORS = JobStatuses.COMPLETED_WITH_ERRORS;

    /** A finished backup job, as the fixed demo jobs are. */
    JobSummary(long jobId, String status, String backupLevelName, JobOrigin origin, Instant start, Instant end,
               long totalNumOfFiles, long sizeOfApplication, FailedCounts failed) {
        this(jobId, status, backupLevelName, origin, start, end, totalNumOfFiles, sizeOfApplication, failed,
                JobType.BACKUP, "", 100, end);
    }

    boolean active() {
        return JobStatuses.isActive(status);
    }

    ObjectNode toJson() {
        long endSeconds = end == null ? 0 : end.getEpochSecond();
        ObjectNode summary = Json.object()
                .put("sizeOfApplication", sizeOfApplication)
                .put("vsaParentJobID", 0)
                .put("commcellId", 2);
        putText(summary, "backupSetName", origin.backupsetName());
        if (jobType.opType() != 0) {
            summary.put("opType", jobType.opType());
        }
        summary.put("totalFailedFolders", failed.folders())
                .put("totalFailedFiles", failed.files())
                .put("alertColorLevel", 0)
                .put("isVisible", true)
                .put("localizedOperationName", jobType.displayName())
                .put("status", status)
                .put("statusColor", JobStatuses.color(status))
                .put("pendingReason", pendingReason)
                .put("destClientName", origin.clientName());
        putText(summary, "subclientName", origin.subclientName());
        summary.put("jobElapsedTime", lastUpdate.getEpochSecond() - start.getEpochSecond())
                .put("jobStartTime", start.getEpochSecond())
                .put("jobEndTime", endSeconds)
                .put("lastUpdateTime", lastUpdate.getEpochSecond());
        putText(summary, "backupLevelName", backupLevelName);
        summary.put("jobType", jobType.displayName())
                .put("percentSavings", 91.37)
                .put("localizedStatus", status);
        putText(summary, "appTypeName", origin.appTypeName());
        summary.put("sizeOfMediaOnDisk", sizeOfApplication / 11)
                .put("currentPhaseName", active() ? jobType.mainPhase() : "")
                .put("jobId", jobId)
                .put("percentComplete", percentComplete)
                .put("totalNumOfFiles", totalNumOfFiles)
                .put("isAged", false)
                .put("jobAttributes", 288_230_376_151_711_744L)
                .put("jobAttributesEx", 0);
        summary.set("destinationClient", origin.clientEntity());
        summary.set("subclient", subclient());
        summary.putObject("storagePolicy")
                .put("storagePolicyName", "SP-Disk-30d")
                .put("storagePolicyId", 3);
        summary.putObject("userName")
                .put("userName", "admin")
                .put("userId", 1);
        return summary;
    }

    /** The client / instance / backup set / subclient chain; parts a job type lacks are left out. */
    ObjectNode subclient() {
        ObjectNode subclient = Json.object().put("clientName", origin.clientName());
        putText(subclient, "instanceName", origin.instanceName());
        if (origin.backupsetId() != 0) {
            subclient.put("backupsetId", origin.backupsetId());
        }
        subclient.put("commCellName", "demo-commserve");
        if (origin.instanceName() != null) {
            subclient.put("instanceId", 1);
        }
        if (origin.subclientId() != 0) {
            subclient.put("subclientId", origin.subclientId());
        }
        subclient.put("clientId", origin.clientId());
        putText(subclient, "appName", origin.appTypeName());
        putText(subclient, "backupsetName", origin.backupsetName());
        if (origin.applicationId() != 0) {
            subclient.put("applicationId", origin.applicationId());
        }
        putText(subclient, "subclientName", origin.subclientName());
        return subclient.put("displayName", origin.clientName());
    }

    private static void putText(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
    }
}

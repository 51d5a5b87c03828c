package app.fiv.demo;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;

/**
 * The {@code jobSummary} of {@code GET /Job/{id}}. Besides the fields a failed-items client needs,
 * it renders several other fields a real CommServe sends, so that clients learn to ignore them.
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
        FailedCounts failed) {

    static final String COMPLETED = "Completed";
    static final String COMPLETED_WITH_ERRORS = "Completed w/ one or more errors";

    ObjectNode toJson() {
        long elapsed = end.getEpochSecond() - start.getEpochSecond();
        ObjectNode summary = Json.object()
                .put("sizeOfApplication", sizeOfApplication)
                .put("vsaParentJobID", 0)
                .put("commcellId", 2)
                .put("backupSetName", origin.backupsetName())
                .put("opType", 4)
                .put("totalFailedFolders", failed.folders())
                .put("totalFailedFiles", failed.files())
                .put("alertColorLevel", 0)
                .put("isVisible", true)
                .put("localizedOperationName", "Backup")
                .put("status", status)
                .put("statusColor", COMPLETED.equals(status) ? "black" : "#FF8000")
                .put("pendingReason", "")
                .put("destClientName", origin.clientName())
                .put("subclientName", origin.subclientName())
                .put("jobElapsedTime", elapsed)
                .put("jobStartTime", start.getEpochSecond())
                .put("jobEndTime", end.getEpochSecond())
                .put("lastUpdateTime", end.getEpochSecond())
                .put("backupLevelName", backupLevelName)
                .put("jobType", "Backup")
                .put("percentSavings", 91.37)
                .put("localizedStatus", status)
                .put("appTypeName", origin.appTypeName())
                .put("sizeOfMediaOnDisk", sizeOfApplication / 11)
                .put("currentPhaseName", "")
                .put("jobId", jobId)
                .put("percentComplete", 100)
                .put("totalNumOfFiles", totalNumOfFiles)
                .put("isAged", false)
                .put("jobAttributes", 288_230_376_151_711_744L)
                .put("jobAttributesEx", 0);
        summary.putObject("destinationClient")
                .put("clientId", origin.clientId())
                .put("clientName", origin.clientName())
                .put("displayName", origin.clientName());
        summary.putObject("subclient")
                .put("clientName", origin.clientName())
                .put("instanceName", origin.instanceName())
                .put("backupsetId", origin.backupsetId())
                .put("commCellName", "demo-commserve")
                .put("instanceId", 1)
                .put("subclientId", origin.subclientId())
                .put("clientId", origin.clientId())
                .put("appName", origin.appTypeName())
                .put("backupsetName", origin.backupsetName())
                .put("applicationId", origin.applicationId())
                .put("subclientName", origin.subclientName())
                .put("displayName", origin.clientName());
        summary.putObject("storagePolicy")
                .put("storagePolicyName", "SP-Disk-30d")
                .put("storagePolicyId", 3);
        summary.putObject("userName")
                .put("userName", "admin")
                .put("userId", 1);
        return summary;
    }
}

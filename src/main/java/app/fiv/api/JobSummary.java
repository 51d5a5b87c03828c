package app.fiv.api;

import app.fiv.model.ServerText;
import java.time.Instant;
import java.util.Optional;

/**
 * What {@code GET Job/{jobId}} and {@code GET Job} say about a job. Any field may be missing from
 * an answer: text is then blank, a count or ID 0, a time empty. Text is shown in messages, titles
 * and the terminal, so it is kept as {@link ServerText#clean} makes it: no control characters, no
 * bidirectional overrides.
 *
 * @param status          the status as the CommServe names it in English ({@code Completed w/ one or more errors});
 *                        rules go by this one
 * @param localizedStatus the same in the CommServe's language, for people
 * @param pendingReason   why the job failed, waits or was killed, in the CommServe's words
 * @param lastUpdateTime  when the CommServe last changed the job's record
 */
public record JobSummary(
        long jobId,
        String status,
        String jobType,
        String operation,
        String appType,
        String backupLevel,
        int percentComplete,
        Optional<Instant> startTime,
        Optional<Instant> endTime,
        long totalFiles,
        long failedFiles,
        long failedFolders,
        String clientName,
        String subclientName,
        String backupsetName,
        String appName,
        String localizedStatus,
        String pendingReason,
        long clientId,
        long subclientId,
        long backupsetId,
        String instanceName,
        Optional<Instant> lastUpdateTime) {

    public JobSummary {
        status = ServerText.clean(status);
        jobType = ServerText.clean(jobType);
        operation = ServerText.clean(operation);
        appType = ServerText.clean(appType);
        backupLevel = ServerText.clean(backupLevel);
        clientName = ServerText.clean(clientName);
        subclientName = ServerText.clean(subclientName);
        backupsetName = ServerText.clean(backupsetName);
        appName = ServerText.clean(appName);
        localizedStatus = ServerText.clean(localizedStatus);
        pendingReason = ServerText.clean(pendingReason);
        instanceName = ServerText.clean(instanceName);
    }

    /** A summary with only the fields a job's own tab shows; the job list's extra fields are blank. */
    public JobSummary(long jobId, String status, String jobType, String operation, String appType, String backupLevel,
                      int percentComplete, Optional<Instant> startTime, Optional<Instant> endTime, long totalFiles,
                      long failedFiles, long failedFolders, String clientName, String subclientName,
                      String backupsetName, String appName) {
        this(jobId, status, jobType, operation, appType, backupLevel, percentComplete, startTime, endTime, totalFiles,
                failedFiles, failedFolders, clientName, subclientName, backupsetName, appName, "", "", 0, 0, 0, "",
                Optional.empty());
    }
}

package app.fiv.api;

import app.fiv.model.ServerText;
import java.time.Instant;
import java.util.Optional;

/**
 * What {@code GET Job/{jobId}} says about a job; text fields are blank when the server left them
 * out. They are shown in messages, titles and the terminal, so they are kept as
 * {@link ServerText#clean} makes them: no control characters, no bidirectional overrides.
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
        String appName) {
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
    }
}

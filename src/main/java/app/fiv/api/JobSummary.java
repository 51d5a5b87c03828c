package app.fiv.api;

import java.time.Instant;
import java.util.Optional;

/** What {@code GET Job/{jobId}} says about a job; text fields are blank when the server left them out. */
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
}

package app.fiv.joblist;

import app.fiv.api.JobSummary;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/**
 * The job list as rows of text, for files and scripts: these column names, in this order, are a
 * contract (the README's table). Times are ISO 8601 in UTC with seconds and a {@code Z}, empty
 * when unknown; counts are plain digits.
 */
public final class JobColumns {
    public static final List<String> NAMES = List.of("jobId", "status", "client", "agent", "backupSet", "subclient",
            "jobType", "backupLevel", "startTime", "endTime", "failedFiles", "failedFolders", "reason");

    private JobColumns() {
    }

    public static List<String> cells(JobSummary job) {
        return List.of(Long.toString(job.jobId()), job.status(), job.clientName(), agent(job), job.backupsetName(),
                job.subclientName(), job.jobType(), job.backupLevel(), utc(job.startTime()), utc(job.endTime()),
                Long.toString(job.failedFiles()), Long.toString(job.failedFolders()), job.pendingReason());
    }

    /** The agent ({@code appTypeName}), or the subclient's application name when the summary has none. */
    public static String agent(JobSummary job) {
        return job.appType().isBlank() ? job.appName() : job.appType();
    }

    /** "2026-11-30T22:00:05Z", or "" when unknown. */
    public static String utc(Optional<Instant> time) {
        return time.map(DateTimeFormatter.ISO_INSTANT::format).orElse("");
    }
}

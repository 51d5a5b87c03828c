package app.fiv.ui.job;

import app.fiv.api.JobSummary;
import app.fiv.jobs.LoadedJob;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The job header's two lines: what job this is, and where and when it ran. */
public final class JobSummaryText {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ZoneId zone;

    public JobSummaryText(ZoneId zone) {
        this.zone = zone;
    }

    public String title(JobSummary job) {
        String status = job.status().isBlank() ? "" : " — " + job.status();
        return "Job " + job.jobId() + status;
    }

    public String details(LoadedJob loaded) {
        JobSummary job = loaded.summary();
        List<String> parts = new ArrayList<>();
        addLabelled(parts, "Client", job.clientName());
        addLabelled(parts, "Subclient", job.subclientName());
        String kind = join(job.appType().isBlank() ? job.appName() : job.appType(),
                job.operation().isBlank() ? job.jobType() : job.operation(), job.backupLevel());
        if (!kind.isBlank()) {
            parts.add(kind);
        }
        time(job.startTime()).ifPresent(t -> parts.add("Started " + t));
        time(job.endTime()).ifPresent(t -> parts.add("Ended " + t));
        parts.add(Sizes.count(job.failedFiles()) + " failed files, " + Sizes.count(job.failedFolders())
                + " failed folders reported; " + Sizes.count(loaded.items().rowCount()) + " items fetched");
        return String.join("  ·  ", parts);
    }

    private Optional<String> time(Optional<Instant> instant) {
        return instant.map(i -> TIME.format(i.atZone(zone)));
    }

    private static void addLabelled(List<String> parts, String label, String value) {
        if (!value.isBlank()) {
            parts.add(label + " " + value);
        }
    }

    private static String join(String app, String operation, String level) {
        StringBuilder text = new StringBuilder(app);
        if (!operation.isBlank()) {
            text.append(text.length() > 0 ? " " : "").append(operation);
        }
        if (!level.isBlank()) {
            text.append(" (").append(level).append(")");
        }
        return text.toString().strip();
    }
}

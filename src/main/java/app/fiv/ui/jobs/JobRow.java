package app.fiv.ui.jobs;

import app.fiv.api.JobSummary;
import app.fiv.joblist.JobColumns;
import app.fiv.joblist.JobFailures;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/**
 * One job as the jobs table shows it: its summary, and the text of each column made once (off the
 * FX thread), with a lower-case copy for the quick filter.
 */
public final class JobRow {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final JobSummary job;
    private final JobStatusKind kind;
    private final boolean failures;
    private final long durationSeconds;
    private final String[] cells;
    private final String[] lowerCells;

    private JobRow(JobSummary job, ZoneId zone) {
        this.job = job;
        this.kind = JobStatusKind.of(job);
        this.failures = JobFailures.hasFailures(job);
        this.durationSeconds = job.startTime().isPresent() && job.endTime().isPresent()
                ? Math.max(0, Duration.between(job.startTime().get(), job.endTime().get()).toSeconds()) : -1;
        JobColumn[] columns = JobColumn.values();
        cells = new String[columns.length];
        lowerCells = new String[columns.length];
        for (JobColumn column : columns) {
            String text = column.text(this, zone);
            cells[column.ordinal()] = text;
            lowerCells[column.ordinal()] = text.toLowerCase(Locale.ROOT);
        }
    }

    /** Rows for the jobs, in their time zone's local time. */
    public static JobRow of(JobSummary job, ZoneId zone) {
        return new JobRow(job, zone);
    }

    public JobSummary job() {
        return job;
    }

    public long jobId() {
        return job.jobId();
    }

    public JobStatusKind kind() {
        return kind;
    }

    /** A job with failures, by {@link JobFailures}' rule. */
    public boolean hasFailures() {
        return failures;
    }

    /** From start to end, or -1 when either is unknown. */
    public long durationSeconds() {
        return durationSeconds;
    }

    public String client() {
        return job.clientName();
    }

    public String cell(JobColumn column) {
        return cells[column.ordinal()];
    }

    /** Whether the column's text contains the (lower-case) needle. */
    boolean contains(JobColumn column, String lowerNeedle) {
        return lowerCells[column.ordinal()].contains(lowerNeedle);
    }

    static String time(Optional<Instant> instant, ZoneId zone) {
        return instant.map(at -> TIME.format(at.atZone(zone))).orElse("");
    }

    /** "45 s", "42 min", "1 h 07 m", "2 d 03 h". */
    static String duration(long seconds) {
        if (seconds < 0) {
            return "";
        }
        if (seconds < 60) {
            return seconds + " s";
        }
        long minutes = seconds / 60;
        if (minutes < 60) {
            return minutes + " min";
        }
        long hours = minutes / 60;
        if (hours < 48) {
            return String.format(Locale.ROOT, "%d h %02d m", hours, minutes % 60);
        }
        return String.format(Locale.ROOT, "%d d %02d h", hours / 24, hours % 24);
    }

    static String agent(JobSummary job) {
        return JobColumns.agent(job);
    }

    @Override
    public String toString() {
        return "JobRow[" + job.jobId() + " " + job.status() + "]";
    }
}

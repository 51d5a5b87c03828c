package app.fiv.ui.jobs;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;

/**
 * The jobs table's columns, in their order: the header, the text of a cell, and how the column
 * sorts (numbers and times by value, text ignoring case, the status from worst to best).
 */
public enum JobColumn {
    JOB_ID("Job ID", true, Comparator.comparingLong(JobRow::jobId)),
    STATUS("Status", false, Comparator.comparing(JobRow::kind).thenComparing(row -> row.job().status(),
            String.CASE_INSENSITIVE_ORDER)),
    CLIENT("Client", false, null),
    AGENT("Agent", false, null),
    BACKUP_SET("Backup set", false, null),
    SUBCLIENT("Subclient", false, null),
    TYPE("Type", false, null),
    LEVEL("Level", false, null),
    START("Start", false, Comparator.comparing(row -> row.job().startTime().orElse(Instant.MIN))),
    END("End", false, Comparator.comparing(row -> row.job().endTime().orElse(Instant.MIN))),
    DURATION("Duration", true, Comparator.comparingLong(JobRow::durationSeconds)),
    FAILED_FILES("Failed files", true, Comparator.comparingLong(row -> row.job().failedFiles())),
    FAILED_FOLDERS("Failed folders", true, Comparator.comparingLong(row -> row.job().failedFolders())),
    REASON("Reason", false, null);

    private final String header;
    private final boolean numeric;
    private final Comparator<JobRow> order;

    JobColumn(String header, boolean numeric, Comparator<JobRow> order) {
        this.header = header;
        this.numeric = numeric;
        this.order = order;
    }

    public String header() {
        return header;
    }

    /** Right-aligned in the table. */
    public boolean numeric() {
        return numeric;
    }

    /** Ascending order of the column; text columns by their text, ignoring case. */
    public Comparator<JobRow> order() {
        return order != null ? order : Comparator.comparing(row -> row.cell(this), String.CASE_INSENSITIVE_ORDER);
    }

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    private static String count(long n) {
        return n >= 0 && n < 1000 ? Long.toString(n) : String.format(java.util.Locale.ROOT, "%,d", n);
    }

    /** A reason on one line: line breaks and runs of spaces as one space. */
    private static String oneLine(String text) {
        return text.isEmpty() ? text : SPACES.matcher(text).replaceAll(" ").strip();
    }

    String text(JobRow row, ZoneId zone) {
        var job = row.job();
        return switch (this) {
            case JOB_ID -> Long.toString(job.jobId());
            case STATUS -> job.status();
            case CLIENT -> job.clientName();
            case AGENT -> JobRow.agent(job);
            case BACKUP_SET -> job.backupsetName();
            case SUBCLIENT -> job.subclientName();
            case TYPE -> job.jobType();
            case LEVEL -> job.backupLevel();
            case START -> JobRow.time(job.startTime(), zone);
            case END -> JobRow.time(job.endTime(), zone);
            case DURATION -> JobRow.duration(row.durationSeconds());
            case FAILED_FILES -> count(job.failedFiles());
            case FAILED_FOLDERS -> count(job.failedFolders());
            case REASON -> oneLine(job.pendingReason());
        };
    }
}

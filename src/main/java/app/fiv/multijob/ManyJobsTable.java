package app.fiv.multijob;

import app.fiv.api.JobSummary;
import app.fiv.model.ColumnPlacement;
import app.fiv.model.ExtraColumn;
import app.fiv.model.FailedItemsTable;
import app.fiv.model.TableConcat;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The failed items of many jobs in one table, as the window shows them: the rows of each job read,
 * job after job in the order asked for, under the leading columns {@value #JOB_ID}, {@value #CLIENT}
 * and {@value #SUBCLIENT} (from each job's summary), then the union of the jobs' columns in
 * first-seen order in that order of jobs (see {@link TableConcat}); a job without a column has
 * blank cells in it. The jobs that could not be read are listed with why.
 */
public final class ManyJobsTable {
    public static final String JOB_ID = "Job ID";
    public static final String CLIENT = "Client";
    public static final String SUBCLIENT = "Subclient";
    /** Where the rows' clients are in {@link #table()}: after the job ID. */
    public static final int CLIENT_COLUMN = 1;
    /** How many columns come before the jobs' own. */
    public static final int LEADING = 3;

    private final List<JobRequest> asked;
    private final List<JobPart> parts;
    private final List<FailedItemsTable> partTables;
    private final FailedItemsTable data;
    private final FailedItemsTable table;
    private final List<JobFailure> failed;
    private final long bytes;
    private final Duration elapsed;
    private final boolean complete;

    ManyJobsTable(List<JobRequest> asked, List<JobPart> parts, List<FailedItemsTable> partTables, List<JobFailure> failed,
                  long bytes, Duration elapsed, boolean complete) {
        if (partTables.size() != parts.size()) {
            throw new IllegalArgumentException(parts.size() + " jobs with " + partTables.size() + " tables");
        }
        this.asked = List.copyOf(asked);
        this.parts = List.copyOf(parts);
        this.partTables = List.copyOf(partTables);
        this.data = TableConcat.of(this.partTables);
        this.failed = List.copyOf(failed);
        this.bytes = bytes;
        this.elapsed = elapsed;
        this.complete = complete;
        this.table = withLeadingColumns(this.parts, data);
    }

    /** No job read yet. */
    public static ManyJobsTable empty(List<JobRequest> asked) {
        return new ManyJobsTable(asked, List.of(), List.of(), List.of(), 0, Duration.ZERO, false);
    }

    /**
     * This table with the rows of a later fetch of other jobs (a retry of the failed ones) after
     * its own; the jobs the later fetch read are no longer failed, those it could not read still are.
     */
    public ManyJobsTable plus(ManyJobsTable later) {
        List<JobPart> joined = new ArrayList<>(parts);
        joined.addAll(later.parts);
        List<JobFailure> stillFailed = new ArrayList<>(later.failed);
        List<Long> retried = later.asked.stream().map(JobRequest::jobId).toList();
        failed.stream().filter(failure -> !retried.contains(failure.jobId())).forEach(stillFailed::add);
        List<FailedItemsTable> tables = new ArrayList<>(partTables);
        tables.addAll(later.partTables);
        return new ManyJobsTable(asked, joined, tables, stillFailed,
                bytes + later.bytes, elapsed.plus(later.elapsed), later.complete);
    }

    private static FailedItemsTable withLeadingColumns(List<JobPart> parts, FailedItemsTable data) {
        int[] codes = new int[data.rowCount()];
        List<String> ids = new ArrayList<>(parts.size());
        List<String> clients = new ArrayList<>(parts.size());
        List<String> subclients = new ArrayList<>(parts.size());
        int at = 0;
        for (int code = 0; code < parts.size(); code++) {
            JobPart part = parts.get(code);
            ids.add(Long.toString(part.job().jobId()));
            clients.add(part.job().clientName());
            subclients.add(part.job().subclientName());
            java.util.Arrays.fill(codes, at, at + part.rows(), code);
            at += part.rows();
        }
        if (at != data.rowCount()) {
            throw new IllegalStateException("the jobs have " + at + " rows, the table " + data.rowCount());
        }
        return data.withColumns(ColumnPlacement.FIRST, ExtraColumn.ofCodes(JOB_ID, ids, codes),
                ExtraColumn.ofCodes(CLIENT, clients, codes), ExtraColumn.ofCodes(SUBCLIENT, subclients, codes));
    }

    /** Every row of the jobs read, with the leading columns. */
    public FailedItemsTable table() {
        return table;
    }

    /** The jobs asked for, in their order (what F5 fetches again). */
    public List<JobRequest> asked() {
        return asked;
    }

    /** The jobs read, in the order of their rows. */
    public List<JobPart> parts() {
        return parts;
    }

    /** The rows of the {@code part}-th job read, as that job alone has them: its own columns, no leading ones. */
    public FailedItemsTable rowsOf(int part) {
        return partTables.get(part);
    }

    public List<JobSummary> jobsRead() {
        return parts.stream().map(JobPart::job).toList();
    }

    /** The jobs that could not be read, in the order asked for. */
    public List<JobFailure> failed() {
        return failed;
    }

    /** The failed jobs as a fetch asks for them again. */
    public List<JobRequest> failedRequests() {
        List<JobRequest> again = new ArrayList<>();
        for (JobFailure failure : failed) {
            again.add(asked.stream().filter(request -> request.jobId() == failure.jobId()).findFirst()
                    .orElse(JobRequest.of(failure.jobId())));
        }
        return again;
    }

    public long bytes() {
        return bytes;
    }

    public Duration elapsed() {
        return elapsed;
    }

    /** False for the rows so far of a fetch still running. */
    public boolean complete() {
        return complete;
    }

    @Override
    public String toString() {
        return "ManyJobsTable[" + parts.size() + " jobs read, " + failed.size() + " failed, " + table.rowCount() + " rows]";
    }
}

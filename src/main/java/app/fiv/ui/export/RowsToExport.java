package app.fiv.ui.export;

import app.fiv.model.FailedItemsTable;

/**
 * What to export: the rows (table indexes, in display order) and columns (display order) of a
 * job's table, the file name to propose, and words for the admin ("all 1,234 shown rows").
 */
public record RowsToExport(String fileName, FailedItemsTable table, int[] rows, int[] columns, String what) {

    public RowsToExport(long jobId, FailedItemsTable table, int[] rows, int[] columns, String what) {
        this(proposedName(jobId), table, rows, columns, what);
    }

    /** "job-1005-failed-items.csv". */
    public static String proposedName(long jobId) {
        return "job-" + jobId + "-failed-items.csv";
    }
}

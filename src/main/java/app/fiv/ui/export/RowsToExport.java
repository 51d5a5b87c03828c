package app.fiv.ui.export;

import app.fiv.model.FailedItemsTable;

/**
 * What to export: the rows (table indexes, in display order) and columns (display order) of a
 * job's table, and words for the admin ("all 1,234 shown rows").
 */
public record RowsToExport(long jobId, FailedItemsTable table, int[] rows, int[] columns, String what) {
}

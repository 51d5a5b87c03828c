package app.fiv.ui.table;

import app.fiv.io.ExportFormat;
import app.fiv.io.ExportOptions;
import app.fiv.io.TableRows;
import app.fiv.model.FailedItemsTable;
import app.fiv.model.ServerText;
import app.fiv.ui.common.ClipboardService;
import app.fiv.ui.common.ErrorMessages;
import app.fiv.ui.common.Notices;
import app.fiv.ui.job.Sizes;
import app.fiv.ui.task.BackgroundTask;
import app.fiv.ui.task.TaskExecutor;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.function.BooleanSupplier;

/**
 * Copying from the table: one path or cell as it is, or rows as TSV (header and the visible
 * columns in display order) so that they paste into a spreadsheet as columns.
 */
public final class CopyActions {
    /** Beyond this the clipboard would hold hundreds of megabytes; exporting is the better tool. */
    static final int MAX_COPIED_ROWS = 200_000;
    private static final int SHORT = 80;

    private final TableViewModel model;
    private final ClipboardService clipboard;
    private final TaskExecutor executor;
    private final Notices notices;
    private final BooleanSupplier formulaSafe;

    public CopyActions(TableViewModel model, ClipboardService clipboard, TaskExecutor executor, Notices notices,
                       BooleanSupplier formulaSafe) {
        this.model = model;
        this.clipboard = clipboard;
        this.executor = executor;
        this.notices = notices;
        this.formulaSafe = formulaSafe;
    }

    /** Copies the row's path (the chosen path column), or says why it cannot. */
    public void copyPath(int row) {
        int column = model.pathColumnProperty().get();
        if (column < 0) {
            notices.status("This data has no path column; choose one from a column header's menu.");
            return;
        }
        String path = model.tableProperty().get().cell(row, column);
        clipboard.putText(path);
        notices.status("Copied path: " + shorten(path));
    }

    public void copyCell(int row, int column) {
        FailedItemsTable table = model.tableProperty().get();
        String cell = table.cell(row, column);
        clipboard.putText(cell);
        notices.status("Copied " + ServerText.clean(table.columns().get(column)) + ": " + shorten(cell));
    }

    /** Copies the rows as TSV with a header; built in the background, as "all rows" can be many. */
    public void copyRows(RowSelection selection) {
        FailedItemsTable table = model.tableProperty().get();
        int[] rows = model.rowsOf(selection);
        if (table == null || rows.length == 0) {
            notices.status("No rows selected to copy.");
            return;
        }
        if (rows.length > MAX_COPIED_ROWS) {
            notices.status("Too many rows to copy (" + Sizes.count(rows.length) + "); export them to a file instead (Ctrl+E).");
            return;
        }
        int[] columns = model.visibleColumns();
        ExportOptions options = new ExportOptions(ExportFormat.TSV, true, formulaSafe.getAsBoolean(), false);
        BackgroundTask.wrap(context -> tsv(table, rows, columns, options, context.cancelSignal()::isCancelled))
                .onSuccess(text -> {
                    clipboard.putText(text);
                    notices.status("Copied " + Sizes.rows(rows.length)
                            + " with " + columns.length + " columns as tab-separated text.");
                })
                .onFailure(error -> notices.error("Could not copy the rows: " + ErrorMessages.of(error)))
                .executeWith(executor);
    }

    static String tsv(FailedItemsTable table, int[] rows, int[] columns, ExportOptions options, BooleanSupplier cancelled)
            throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TableRows.write(table, rows, columns, out, options, cancelled, TableRows.Progress.NONE);
        return out.toString(StandardCharsets.UTF_8);
    }

    /** The clipboard gets the cell as it is; the status line a short form safe to show (see {@link ServerText}). */
    private static String shorten(String text) {
        return ServerText.clean(text.length() <= SHORT ? text
                : text.substring(0, SHORT / 2 - 1) + "…" + text.substring(text.length() - SHORT / 2));
    }
}

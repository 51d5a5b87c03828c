package app.fiv.ui.export;

import app.fiv.io.AtomicFile;
import app.fiv.io.ExportFormat;
import app.fiv.io.ExportOptions;
import app.fiv.io.IoMessages;
import app.fiv.io.TableRows;
import app.fiv.ui.common.DialogService;
import app.fiv.ui.common.ErrorMessages;
import app.fiv.ui.common.Notices;
import app.fiv.ui.job.Sizes;
import app.fiv.ui.task.BackgroundTask;
import app.fiv.ui.task.TaskExecutor;
import app.fiv.ui.task.TaskHandle;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;

/**
 * Exports rows to a file the admin chooses: CSV, TSV or JSON by the file's extension, written in
 * the background to a temporary file that replaces the target only when complete, so a failed
 * export leaves an existing file as it was.
 */
public final class ExportViewModel {
    private final DialogService dialogs;
    private final ExportSettings settings;
    private final TaskExecutor executor;
    private final Notices notices;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper();
    private TaskHandle running;

    public ExportViewModel(DialogService dialogs, ExportSettings settings, TaskExecutor executor, Notices notices) {
        this.dialogs = dialogs;
        this.settings = settings;
        this.executor = executor;
        this.notices = notices;
    }

    /** Asks for a file, then writes the rows to it in the background. */
    public void export(RowsToExport request) {
        if (request.rows().length == 0) {
            notices.status("No rows to export: select some rows, or clear the filter.");
            return;
        }
        if (busy.get()) {
            notices.status("An export is still running; wait for it or cancel it first.");
            return;
        }
        Optional<Path> chosen = dialogs.chooseSaveFile("Export " + request.what(), settings.folder().orElse(null),
                request.fileName());
        chosen.ifPresent(target -> {
            settings.rememberFolder(target);
            write(request, target);
        });
    }

    public void cancel() {
        if (running != null && !running.isDone()) {
            running.cancel();
        }
    }

    public static String proposedName(long jobId) {
        return RowsToExport.proposedName(jobId);
    }

    /** The format the file's name asks for; CSV unless it ends in .tsv, .txt or .json. */
    static ExportFormat formatOf(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".tsv") || name.endsWith(".txt")) {
            return ExportFormat.TSV;
        }
        return name.endsWith(".json") ? ExportFormat.JSON : ExportFormat.CSV;
    }

    private void write(RowsToExport request, Path target) {
        ExportFormat format = formatOf(target);
        ExportOptions options = new ExportOptions(format, true, settings.formulaSafeProperty().get(),
                settings.byteOrderMarkProperty().get() && format != ExportFormat.JSON);
        busy.set(true);
        progress.set(0);
        notices.status("Exporting " + request.what() + " to " + target + "…");
        running = BackgroundTask.wrap(context -> {
            AtomicFile.write(target, out -> TableRows.write(request.table(), request.rows(), request.columns(), out, options,
                    context.cancelSignal()::isCancelled, context::updateProgress));
            return request.rows().length;
        }).onProgress(progress::set)
                .onSuccess(count -> {
                    busy.set(false);
                    notices.status("Exported " + Sizes.rows(count) + " to " + target + ".");
                })
                .onFailure(error -> {
                    busy.set(false);
                    notices.status("Export failed.");
                    notices.error(error instanceof IOException io ? IoMessages.cannotWrite(target, io) : ErrorMessages.of(error));
                })
                .onCancelled(() -> {
                    busy.set(false);
                    notices.status("Export cancelled; " + target.getFileName() + " was not changed.");
                })
                .executeWith(executor);
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** From 0 to 1 while an export runs. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }
}

package app.fiv.ui.tabs;

import app.fiv.ui.common.ClipboardService;
import app.fiv.ui.common.Notices;
import app.fiv.ui.export.ExportSettings;
import app.fiv.ui.export.ExportViewModel;
import app.fiv.ui.task.TaskExecutor;

/** What every job tab shares: the background executor, the clipboard, the one exporter, the status bar. */
public record TabServices(TaskExecutor executor, ClipboardService clipboard, ExportViewModel exporter,
                          ExportSettings exportSettings, Notices notices) {
}

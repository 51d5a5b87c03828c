package app.fiv.ui.tabs;

import app.fiv.ui.common.ClipboardService;
import app.fiv.ui.common.Notices;
import app.fiv.ui.export.ExportSettings;
import app.fiv.ui.export.ExportViewModel;
import app.fiv.ui.jobactions.JobActionServices;
import app.fiv.ui.jobactions.SessionAccess;
import app.fiv.ui.task.TaskExecutor;

/**
 * What every job tab shares: the background executor, the clipboard, the one exporter, the status
 * bar, and what acts on a job (its details and events, resubmit, Command Center).
 */
public record TabServices(TaskExecutor executor, ClipboardService clipboard, ExportViewModel exporter,
                          ExportSettings exportSettings, Notices notices, JobActionServices jobActions) {

    /** Tabs with no session to act on their jobs with: they show the failed items only. */
    public TabServices(TaskExecutor executor, ClipboardService clipboard, ExportViewModel exporter,
                       ExportSettings exportSettings, Notices notices) {
        this(executor, clipboard, exporter, exportSettings, notices,
                new JobActionServices(SessionAccess.offline(), executor, notices));
    }
}

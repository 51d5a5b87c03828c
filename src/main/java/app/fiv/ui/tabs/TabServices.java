package app.fiv.ui.tabs;

import app.fiv.ui.common.ClipboardService;
import app.fiv.ui.common.Notices;
import app.fiv.ui.export.ExportSettings;
import app.fiv.ui.export.ExportViewModel;
import app.fiv.ui.jobactions.JobActionServices;
import app.fiv.ui.jobactions.SessionAccess;
import app.fiv.ui.known.KnownFailures;
import app.fiv.ui.task.TaskExecutor;

/**
 * What every job tab shares: the background executor, the clipboard, the one exporter, the status
 * bar, what acts on a job (its details and events, resubmit, Command Center), and the known failures.
 */
public record TabServices(TaskExecutor executor, ClipboardService clipboard, ExportViewModel exporter,
                          ExportSettings exportSettings, Notices notices, JobActionServices jobActions,
                          KnownFailures known) {

    /** Tabs with no session to act on their jobs with: they show the failed items only, no known failures. */
    public TabServices(TaskExecutor executor, ClipboardService clipboard, ExportViewModel exporter,
                       ExportSettings exportSettings, Notices notices) {
        this(executor, clipboard, exporter, exportSettings, notices,
                new JobActionServices(SessionAccess.offline(), executor, notices),
                KnownFailures.none(null, executor, notices));
    }
}

package app.fiv.ui.tabs;

import app.fiv.compare.PreviousRunFinder;
import app.fiv.joblist.JobLister;
import app.fiv.joblist.Lookback;
import app.fiv.jobs.JobFetcher;
import app.fiv.ui.common.ClipboardService;
import app.fiv.ui.compare.CompareServices;
import app.fiv.ui.common.Notices;
import app.fiv.ui.export.ExportSettings;
import app.fiv.ui.export.ExportViewModel;
import app.fiv.ui.jobactions.JobActionServices;
import app.fiv.ui.jobactions.SessionAccess;
import app.fiv.ui.known.KnownFailures;
import app.fiv.ui.task.TaskExecutor;

/**
 * What every job tab shares: the background executor, the clipboard, the one exporter, the status
 * bar, what acts on a job (its details and events, resubmit, Command Center), the known failures,
 * and what comparing a job with another run needs.
 */
public record TabServices(TaskExecutor executor, ClipboardService clipboard, ExportViewModel exporter,
                          ExportSettings exportSettings, Notices notices, JobActionServices jobActions,
                          KnownFailures known, CompareServices compare) {

    /** Tabs with no session to act on their jobs with: they show the failed items only, no known failures. */
    public TabServices(TaskExecutor executor, ClipboardService clipboard, ExportViewModel exporter,
                       ExportSettings exportSettings, Notices notices) {
        this(executor, clipboard, exporter, exportSettings, notices,
                new JobActionServices(SessionAccess.offline(), executor, notices),
                KnownFailures.none(null, executor, notices), offlineCompare());
    }

    /** Comparing needs a session, which these tabs never have: the services are there, never used. */
    private static CompareServices offlineCompare() {
        return new CompareServices(new PreviousRunFinder()::find, new JobFetcher(), new JobLister(),
                () -> Lookback.DEFAULT, null, java.time.ZoneId.systemDefault());
    }
}

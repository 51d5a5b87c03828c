package app.fiv.ui.compare;

import app.fiv.joblist.JobLister;
import app.fiv.joblist.Lookback;
import app.fiv.jobs.JobFetcher;
import app.fiv.ui.common.DialogService;
import java.time.ZoneId;
import java.util.function.Supplier;

/**
 * What comparing a job's tab with another run needs, one per window: finding the previous run,
 * fetching the other job, listing the subclient's runs for the trend over the jobs view's
 * lookback, asking for a job ID, and the zone times are shown in.
 */
public record CompareServices(PreviousRuns previousRuns, JobFetcher fetcher, JobLister lister,
                              Supplier<Lookback> lookback, DialogService dialogs, ZoneId zone) {
}

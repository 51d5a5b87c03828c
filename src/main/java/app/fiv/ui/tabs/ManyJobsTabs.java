package app.fiv.ui.tabs;

import app.fiv.api.JobSummary;
import app.fiv.jobs.LoadedJob;
import app.fiv.multijob.ManyJobsTable;
import java.util.Optional;

/** A tab of many jobs as a tab's job: their table under the summary of no job (as a saved answer's). */
final class ManyJobsTabs {
    private ManyJobsTabs() {
    }

    static LoadedJob loaded(ManyJobsTable jobs) {
        return new LoadedJob(NO_JOB, jobs.table(), jobs.bytes(), jobs.elapsed(), jobs.complete());
    }

    private static final JobSummary NO_JOB = new JobSummary(0, "", "", "", "", "", 0, Optional.empty(), Optional.empty(),
            0, 0, 0, "", "", "", "");
}

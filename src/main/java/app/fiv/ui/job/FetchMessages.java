package app.fiv.ui.job;

import app.fiv.api.JobSummary;
import app.fiv.jobs.FetchProgress;
import app.fiv.jobs.LoadedJob;
import app.fiv.ui.task.TaskContext;

/** A fetch's progress as the window shows it: words in the status bar, and the rows so far in the job's tab. */
public final class FetchMessages implements FetchProgress {
    private final TaskContext<LoadedJob> context;
    private long jobId;

    public FetchMessages(TaskContext<LoadedJob> context) {
        this.context = context;
    }

    @Override
    public void lookingUp(long id) {
        jobId = id;
        context.updateMessage("Looking up job " + id + "…");
    }

    @Override
    public void downloading(JobSummary summary) {
        context.updateMessage("Downloading the failed items of job " + jobId + "…");
    }

    @Override
    public void received(long bytes, int rows) {
        context.updateMessage("Downloading the failed items of job " + jobId + "… " + Sizes.bytes(bytes) + ", "
                + Sizes.rows(rows));
    }

    @Override
    public void rowsSoFar(LoadedJob partial) {
        context.publish(partial);
    }
}

package app.fiv.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The jobs resubmitted on one server, from {@link #FIRST_JOB_ID} up. Each runs for the server's
 * run time after its submission (or until {@link #finishAll}), then finishes: failing on the same
 * items as the job it repeats ({@code Completed w/ one or more errors}), or {@code Completed} if
 * that job had none. One started suspended stays suspended until then.
 */
final class ResubmittedJobs {

    static final long FIRST_JOB_ID = 60_000;
    private static final JobStory RESUBMITTED_BY_DEMO_USER = new JobStory(DemoCommServe.USER, "Interactive",
            List.of(), List.of(), 0);

    private record Resubmission(long jobId, DemoJob original, Instant submitted, Instant finishes, boolean suspended) {
    }

    private final Duration runTime;
    private final TreeMap<Long, Resubmission> jobs = new TreeMap<>();

    ResubmittedJobs(Duration runTime) {
        this.runTime = runTime;
    }

    synchronized long submit(DemoJob original, Instant now, boolean suspended) {
        long jobId = jobs.isEmpty() ? FIRST_JOB_ID : jobs.lastKey() + 1;
        jobs.put(jobId, new Resubmission(jobId, original, now, now.plus(runTime), suspended));
        return jobId;
    }

    synchronized Optional<DemoJob> find(long jobId, Instant now) {
        return Optional.ofNullable(jobs.get(jobId)).map(job -> snapshot(job, now));
    }

    /** Newest first. */
    synchronized List<DemoJob> all(Instant now) {
        List<DemoJob> all = new ArrayList<>();
        jobs.descendingMap().values().forEach(job -> all.add(snapshot(job, now)));
        return all;
    }

    /** Finishes every resubmitted job that is still running or suspended, as of {@code now}. */
    synchronized void finishAll(Instant now) {
        jobs.replaceAll((id, job) -> job.finishes().isAfter(now)
                ? new Resubmission(id, job.original(), job.submitted(), now.isBefore(job.submitted()) ? job.submitted() : now,
                        job.suspended())
                : job);
    }

    private static DemoJob snapshot(Resubmission job, Instant now) {
        JobSummary original = job.original().summary();
        if (now.isBefore(job.finishes())) {
            long total = Math.max(1, Duration.between(job.submitted(), job.finishes()).toMillis());
            long done = Math.max(0, Duration.between(job.submitted(), now).toMillis());
            int percent = job.suspended() ? 0 : (int) Math.min(99, done * 100 / total);
            String status = job.suspended() ? JobStatuses.SUSPENDED : JobStatuses.RUNNING;
            JobSummary running = new JobSummary(job.jobId(), status, original.backupLevelName(), original.origin(),
                    job.submitted(), null, 0, 0, new FailedCounts(0, 0), original.jobType(),
                    job.suspended() ? "The job was started in the suspended state." : "", percent,
                    now.isBefore(job.submitted()) ? job.submitted() : now);
            return new DemoJob(running, new FailedItemsAnswer.Items(PlannedJob.NO_ITEMS), RESUBMITTED_BY_DEMO_USER);
        }
        FailedCounts failed = original.failed();
        boolean failures = failed.files() + failed.folders() > 0;
        JobSummary finished = new JobSummary(job.jobId(), failures ? JobStatuses.COMPLETED_WITH_ERRORS : JobStatuses.COMPLETED,
                original.backupLevelName(), original.origin(), job.submitted(), job.finishes(), original.totalNumOfFiles(),
                original.sizeOfApplication(), failed, original.jobType(), "", 100, job.finishes());
        FailedItemsAnswer items = failures ? job.original().failedItems() : new FailedItemsAnswer.Items(PlannedJob.NO_ITEMS);
        return new DemoJob(finished, items, RESUBMITTED_BY_DEMO_USER);
    }
}

package app.fiv.ui.compare;

import app.fiv.api.ApiException;
import app.fiv.api.JobSummary;
import app.fiv.compare.ComparedTable;
import app.fiv.compare.JobPair;
import app.fiv.compare.ManyComparison;
import app.fiv.compare.PreviousRunsOfMany;
import app.fiv.model.FailedItemsTable;
import app.fiv.multijob.JobFailure;
import app.fiv.multijob.JobPart;
import app.fiv.multijob.JobRequest;
import app.fiv.multijob.JobSource;
import app.fiv.multijob.ManyJobsProgress;
import app.fiv.multijob.ManyJobsTable;
import app.fiv.multijob.MultiJobFetcher;
import app.fiv.session.SessionKeeper;
import app.fiv.ui.job.Sizes;
import app.fiv.ui.task.TaskContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A tab of many jobs compared on a worker thread: each job's previous run looked for (at most
 * four at a time), those runs fetched as many jobs are, each job compared with its own. A job
 * whose earlier run was found and read before (a refreshed tab) is compared with it again without
 * asking the CommServe; the others are looked for again. A job with no previous run, or whose
 * previous run could not be looked for or read, is left out of the comparison and named.
 */
final class ManyComparisonWork {
    /** The earlier run a job of the tab is compared with, and its rows. */
    record Earlier(JobSummary job, FailedItemsTable rows) {
    }

    /** A job of the tab left out of the comparison, and why in a few words ("no previous run"). */
    record LeftOut(long jobId, String why) {
        String label() {
            return jobId + " (" + why + ")";
        }
    }

    /** What came of it: the earlier runs by the tab's job ID, the jobs left out, how many jobs, and the comparison (null when none could be compared). */
    record Outcome(Map<Long, Earlier> earlier, List<LeftOut> leftOut, int jobs, ComparedTable compared) {
        int comparedJobs() {
            return jobs - leftOut.size();
        }
    }

    private static final List<String> LEADING = List.of(ManyJobsTable.JOB_ID, ManyJobsTable.CLIENT,
            ManyJobsTable.SUBCLIENT);

    private final PreviousRuns previousRuns;

    ManyComparisonWork(PreviousRuns previousRuns) {
        this.previousRuns = previousRuns;
    }

    Outcome run(SessionKeeper keeper, ManyJobsTable current, Map<Long, Earlier> known, TaskContext<Void> context)
            throws ApiException {
        List<JobSummary> jobs = current.jobsRead();
        List<JobSummary> toFind = jobs.stream().filter(job -> !known.containsKey(job.jobId())).toList();
        Map<Long, String> why = new HashMap<>();
        Map<Long, JobSummary> previous = new LinkedHashMap<>();
        if (!toFind.isEmpty()) {
            context.updateMessage("Looking for the previous runs of " + jobs(toFind.size()) + ", "
                    + MultiJobFetcher.AT_ONCE + " at a time…");
            for (PreviousRunsOfMany.Found found : PreviousRunsOfMany.find(toFind,
                    (job, cancel) -> previousRuns.find(keeper, job, cancel), MultiJobFetcher.AT_ONCE,
                    context.cancelSignal())) {
                if (found.failure() != null) {
                    why.put(found.job().jobId(), "its previous run could not be looked for: "
                            + new JobFailure(found.job().jobId(), found.failure(), 0).shortReason());
                } else if (found.previous().isEmpty()) {
                    why.put(found.job().jobId(), "no previous run");
                } else {
                    previous.put(found.job().jobId(), found.previous().get());
                }
            }
        }
        Map<Long, Earlier> earlier = new HashMap<>(known);
        earlier.keySet().retainAll(jobs.stream().map(JobSummary::jobId).toList());
        earlier.putAll(fetch(keeper, previous, why, context));

        List<JobPair> pairs = new ArrayList<>();
        List<LeftOut> leftOut = new ArrayList<>();
        for (int part = 0; part < current.parts().size(); part++) {
            JobPart job = current.parts().get(part);
            Earlier run = earlier.get(job.job().jobId());
            if (run == null) {
                leftOut.add(new LeftOut(job.job().jobId(), why.getOrDefault(job.job().jobId(), "no previous run")));
            } else {
                pairs.add(new JobPair(job.job(), current.rowsOf(part), run.job(), run.rows()));
            }
        }
        if (pairs.isEmpty()) {
            return new Outcome(earlier, leftOut, jobs.size(), null);
        }
        context.updateMessage("Comparing " + jobs(pairs.size()) + " with their previous runs…");
        ComparedTable compared = ManyComparison.of(pairs, LEADING, context.cancelSignal()::isCancelled);
        return new Outcome(earlier, leftOut, jobs.size(), compared);
    }

    /** The earlier runs found, fetched as many jobs are (each once, however many jobs it is the previous run of). */
    private static Map<Long, Earlier> fetch(SessionKeeper keeper, Map<Long, JobSummary> previous, Map<Long, String> why,
                                            TaskContext<Void> context) throws ApiException {
        Map<Long, JobRequest> requests = new LinkedHashMap<>();
        previous.values().forEach(run -> requests.putIfAbsent(run.jobId(), JobRequest.of(run)));
        if (requests.isEmpty()) {
            return Map.of();
        }
        context.updateMessage("Downloading the failed items of " + runs(requests.size()) + " to compare with…");
        ManyJobsTable read = new MultiJobFetcher(JobSource.of(keeper)).load(List.copyOf(requests.values()),
                new ManyJobsProgress() {
                    @Override
                    public void jobsRead(int done, int failed, int total, long rows) {
                        context.updateMessage("Downloading the failed items of " + runs(total) + " to compare with… "
                                + Sizes.count(done) + " read, " + Sizes.rows(rows));
                    }
                }, context.cancelSignal());
        Map<Long, Earlier> byRun = new HashMap<>();
        for (int part = 0; part < read.parts().size(); part++) {
            byRun.put(read.parts().get(part).job().jobId(), new Earlier(read.parts().get(part).job(), read.rowsOf(part)));
        }
        Map<Long, String> failedRuns = new HashMap<>();
        read.failed().forEach(failure -> failedRuns.put(failure.jobId(), failure.shortReason()));
        Map<Long, Earlier> earlier = new HashMap<>();
        previous.forEach((job, run) -> {
            Earlier found = byRun.get(run.jobId());
            if (found != null) {
                earlier.put(job, found);
            } else {
                why.put(job, "previous run " + run.jobId() + " could not be read: "
                        + failedRuns.getOrDefault(run.jobId(), "stopped"));
            }
        });
        return earlier;
    }

    private static String jobs(int count) {
        return Sizes.count(count) + (count == 1 ? " job" : " jobs");
    }

    private static String runs(int count) {
        return Sizes.count(count) + (count == 1 ? " earlier run" : " earlier runs");
    }
}

package app.fiv.demo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A job history, independent of when it is served: jobs ordered by start, numbered from
 * {@link #FIRST_JOB_ID} in that order, their failed counts taken from their items once. A server
 * places it before its start time with {@link #at}. Plans are immutable; each is built once per JVM.
 */
final class HistoryPlan {

    /** History job IDs start here, far from the fixed demo jobs (1001-1014, 2001 and up, 4040). */
    static final long FIRST_JOB_ID = 40_000;

    private record Placed(long jobId, PlannedJob job, FailedCounts counts, String status) {
    }

    private final List<Placed> jobs;

    private HistoryPlan(List<PlannedJob> planned) {
        List<PlannedJob> byStart = new ArrayList<>(planned);
        byStart.sort(Comparator.comparing(PlannedJob::startAgo).reversed()); // stable: ties keep their order
        List<Placed> placed = new ArrayList<>();
        for (PlannedJob job : byStart) {
            FailedCounts counts = FailedCounts.of(job.body());
            String status = job.status() != null ? job.status()
                    : counts.files() + counts.folders() > 0 ? JobStatuses.COMPLETED_WITH_ERRORS : JobStatuses.COMPLETED;
            placed.add(new Placed(FIRST_JOB_ID + placed.size(), job, counts, status));
        }
        this.jobs = List.copyOf(placed);
    }

    /** The standard history: two weeks of nightly, hourly and two-hourly jobs of seven clients. */
    static HistoryPlan standard() {
        return Standard.PLAN;
    }

    /** {@link ScaleHistory#JOBS} backup jobs, every one of them finished in the last 24 hours. */
    static HistoryPlan scale() {
        return Scale.PLAN;
    }

    int size() {
        return jobs.size();
    }

    /** The jobs as a server started at {@code anchor} serves them, oldest first. */
    List<DemoJob> at(Instant anchor) {
        List<DemoJob> placed = new ArrayList<>(jobs.size());
        for (Placed p : jobs) {
            PlannedJob job = p.job();
            Instant start = anchor.minus(job.startAgo());
            Instant lastUpdate = start.plus(job.length());
            Instant end = JobStatuses.isActive(p.status()) ? null : lastUpdate;
            JobSummary summary = new JobSummary(p.jobId(), p.status(), job.level(), job.origin(), start, end,
                    job.files(), job.bytes(), p.counts(), job.type(), job.pendingReason(), job.percentComplete(),
                    lastUpdate);
            placed.add(new DemoJob(summary, new FailedItemsAnswer.Items(job.body()), job.story()));
        }
        return placed;
    }

    private static final class Standard {
        static final HistoryPlan PLAN = build();

        private static HistoryPlan build() {
            List<PlannedJob> jobs = new ArrayList<>();
            FileServerHistory.addTo(jobs);
            DatabaseHistory.addTo(jobs);
            ExchangeHistory.addTo(jobs);
            VirtualMachineHistory.addTo(jobs);
            OtherOperationsHistory.addTo(jobs);
            return new HistoryPlan(jobs);
        }
    }

    private static final class Scale {
        static final HistoryPlan PLAN = new HistoryPlan(ScaleHistory.jobs());
    }
}

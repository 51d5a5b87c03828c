package app.fiv.demo;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every job one server knows: the fixed demo jobs, its history placed before its start time, and
 * the jobs resubmitted on it. Lists are newest first, which on a CommServe (and here) is the
 * order of job IDs, highest first.
 */
final class JobCatalog {

    private final DemoJobRegistry fixed;
    private final Map<Long, DemoJob> history = new HashMap<>();
    private final List<DemoJob> fixedAndHistory;
    private final ResubmittedJobs resubmitted;
    private final Clock clock;

    JobCatalog(DemoJobRegistry fixed, HistoryPlan plan, Clock clock, ResubmittedJobs resubmitted) {
        this.fixed = fixed;
        this.clock = clock;
        this.resubmitted = resubmitted;
        List<DemoJob> all = new ArrayList<>(fixed.all());
        for (DemoJob job : plan.at(clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS))) {
            history.put(job.jobId(), job);
            all.add(job);
        }
        all.sort(Comparator.comparingLong(DemoJob::jobId).reversed());
        this.fixedAndHistory = List.copyOf(all);
    }

    Instant now() {
        return clock.instant();
    }

    Optional<DemoJob> find(long jobId) {
        DemoJob job = history.get(jobId);
        if (job != null) {
            return Optional.of(job);
        }
        return fixed.find(jobId).or(() -> resubmitted.find(jobId, now()));
    }

    /** Every job as it stands now, newest first. */
    List<DemoJob> all() {
        List<DemoJob> all = new ArrayList<>(resubmitted.all(now()));
        all.addAll(fixedAndHistory);
        return all;
    }

    ResubmittedJobs resubmitted() {
        return resubmitted;
    }
}

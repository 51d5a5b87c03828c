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
 * Every job one server knows: the fixed demo jobs and its history placed before its start time. Lists are newest first, which on a CommServe (and here) is the
 * order of job IDs, highest first.
 */
final class JobCatalog {

    private final DemoJobRegistry fixed;
    private final Map<Long, DemoJob> history = new HashMap<>();
    private final List<DemoJob> fixedAndHistory;
    private final Clock clock;

    JobCatalog(DemoJobRegistry fixed, HistoryPlan plan, Clock clock) {
        this.fixed = fixed;
        this.clock = clock;
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
        return fixed.find(jobId);
    }

    /** Every job as it stands now, newest first. */
    List<DemoJob> all() {
        return fixedAndHistory;
    }
}

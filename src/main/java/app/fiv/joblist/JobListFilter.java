package app.fiv.joblist;

import app.fiv.api.JobListQuery;
import app.fiv.api.JobSummary;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Which jobs an admin wants to see: finished within the lookback, backup jobs or every type
 * (asked of the server), and, of those, only the jobs with failures and only some clients
 * (checked here, on each job).
 *
 * @param clients client names to keep, ignoring case; empty for every client
 */
public record JobListFilter(Lookback lookback, boolean allTypes, boolean withFailuresOnly, List<String> clients) {
    /** The window's first view: the last 24 hours, backup jobs, only those with failures, every client. */
    public static final JobListFilter DEFAULT = new JobListFilter(Lookback.DEFAULT, false, true, List.of());

    public JobListFilter {
        clients = clients.stream().map(String::strip).filter(name -> !name.isEmpty()).distinct().toList();
    }

    /** What the CommServe is asked for. */
    public JobListQuery query() {
        return new JobListQuery(lookback.seconds(), allTypes, OptionalLong.empty());
    }

    /** Which listed jobs stay; {@code clientIds} are the IDs of the named clients, where known. */
    public Predicate<JobSummary> keeping(Set<Long> clientIds) {
        Set<String> names = clients.stream().map(name -> name.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        boolean failuresOnly = withFailuresOnly;
        return job -> (!failuresOnly || JobFailures.hasFailures(job))
                && (names.isEmpty() || job.clientId() != 0 && clientIds.contains(job.clientId())
                        || names.contains(job.clientName().strip().toLowerCase(Locale.ROOT)));
    }

    public Predicate<JobSummary> keeping() {
        return keeping(Set.of());
    }
}

package app.fiv.compare;

import app.fiv.api.JobSummary;
import app.fiv.jobs.JobStates;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/**
 * Which job is a job's previous run: the latest finished job of the same client, agent, backup
 * set and subclient (by {@code subclientId} where both jobs have one, else by the names of client,
 * agent, instance, backup set and subclient, ignoring case) and of the same job type, that ended
 * before this one started. Never the job itself, never a job still active, never a guess: a job
 * without a start time, or candidates without an end time, give no previous run.
 */
public final class PreviousRun {
    private static final Comparator<JobSummary> LATEST_END = Comparator
            .comparing((JobSummary job) -> job.endTime().orElseThrow())
            .thenComparingLong(JobSummary::jobId);

    private PreviousRun() {
    }

    public static Optional<JobSummary> choose(JobSummary job, Collection<JobSummary> candidates) {
        if (job.startTime().isEmpty()) {
            return Optional.empty();
        }
        Instant started = job.startTime().get();
        return candidates.stream()
                .filter(candidate -> candidate.jobId() != job.jobId())
                .filter(candidate -> !JobStates.isActive(candidate.status()))
                .filter(candidate -> candidate.endTime().isPresent() && candidate.endTime().get().isBefore(started))
                .filter(candidate -> same(job.jobType(), candidate.jobType()))
                .filter(candidate -> sameSubclient(job, candidate))
                .max(LATEST_END);
    }

    /** The same subclient: by ID where both jobs name one (and the clients' IDs, where both have one, agree), else by names. */
    public static boolean sameSubclient(JobSummary a, JobSummary b) {
        if (a.clientId() != 0 && b.clientId() != 0 && a.clientId() != b.clientId()) {
            return false;
        }
        if (a.subclientId() != 0 && b.subclientId() != 0) {
            return a.subclientId() == b.subclientId();
        }
        return same(a.clientName(), b.clientName()) && same(a.appName(), b.appName())
                && same(a.instanceName(), b.instanceName()) && same(a.backupsetName(), b.backupsetName())
                && same(a.subclientName(), b.subclientName());
    }

    private static boolean same(String a, String b) {
        return a.strip().toLowerCase(Locale.ROOT).equals(b.strip().toLowerCase(Locale.ROOT));
    }
}

package app.fiv.compare;

import app.fiv.api.ApiException;
import app.fiv.api.CancelSignal;
import app.fiv.api.JobListQuery;
import app.fiv.api.JobSummary;
import app.fiv.joblist.JobLister;
import app.fiv.session.SessionKeeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Finds a job's previous run on the CommServe: lists the finished jobs of its client (its ID
 * where known, else every client's, told apart by name) back to a month before the job started,
 * once more back to a year when that month holds none, and lets {@link PreviousRun} choose.
 * Backup jobs are asked for as backup jobs; any other type (a restore, an aux copy) with every
 * type. Blocks; runs on a worker thread.
 */
public final class PreviousRunFinder {
    /** How far before the job's start the first look goes. */
    public static final Duration FIRST_LOOK = Duration.ofDays(31);
    /** How far the second and last look goes. */
    public static final Duration WIDER_LOOK = Duration.ofDays(366);

    private final JobLister lister;
    private final Clock clock;

    public PreviousRunFinder() {
        this(new JobLister(), Clock.systemUTC());
    }

    public PreviousRunFinder(JobLister lister, Clock clock) {
        this.lister = lister;
        this.clock = clock;
    }

    /** The previous run, or empty when the CommServe lists none (or the job has no start time to look back from). */
    public Optional<JobSummary> find(SessionKeeper keeper, JobSummary job, CancelSignal cancel) throws ApiException {
        if (job.startTime().isEmpty()) {
            return Optional.empty();
        }
        Optional<JobSummary> found = look(keeper, job, FIRST_LOOK, cancel);
        return found.isPresent() ? found : look(keeper, job, WIDER_LOOK, cancel);
    }

    private Optional<JobSummary> look(SessionKeeper keeper, JobSummary job, Duration before, CancelSignal cancel)
            throws ApiException {
        List<JobSummary> jobs = lister.list(keeper, query(job, before), JobLister.Progress.NONE, cancel).jobs();
        return PreviousRun.choose(job, jobs);
    }

    /** What the CommServe is asked for: the jobs that ended from {@code before} ahead of the job's start until now. */
    JobListQuery query(JobSummary job, Duration before) {
        Instant from = job.startTime().orElseThrow().minus(before);
        long seconds = Math.max(1, Duration.between(from, clock.instant()).toSeconds());
        boolean allTypes = !job.jobType().strip().equalsIgnoreCase("backup");
        OptionalLong client = job.clientId() != 0 ? OptionalLong.of(job.clientId()) : OptionalLong.empty();
        return new JobListQuery(seconds, allTypes, client);
    }
}

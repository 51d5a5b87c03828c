package app.fiv.cli;

import app.fiv.api.ApiException;
import app.fiv.api.CancelSignal;
import app.fiv.api.JobSummary;
import app.fiv.compare.ComparedTable;
import app.fiv.compare.Comparison;
import app.fiv.compare.ComparisonCounts;
import app.fiv.compare.PreviousRunFinder;
import app.fiv.io.AtomicFile;
import app.fiv.jobs.JobFetcher;
import app.fiv.model.FailedItemsTable;
import app.fiv.model.TableBuilder;
import app.fiv.session.SessionKeeper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/** One comparison, from login to the last row, turned into an exit code and messages on stderr. */
final class CompareRun {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private final CliEnvironment environment;
    private final Messages messages;
    private final JobFetcher fetcher = new JobFetcher();
    private final CancelSignal cancel = CancelSignal.none();
    private final ZoneId zone = ZoneId.systemDefault();

    CompareRun(CliEnvironment environment, Messages messages) {
        this.environment = environment;
        this.messages = messages;
    }

    int run(ComparePlan plan) {
        long started = System.nanoTime();
        try {
            SessionKeeper keeper = plan.connection().open(environment, messages, cancel);
            JobSummary job = fetcher.summary(keeper, plan.jobId(), cancel);
            Optional<JobSummary> found = plan.withJobId() != 0 ? other(keeper, plan.withJobId()) : previous(keeper, job);
            if (found.isEmpty()) {
                return ExitCodes.NO_PREVIOUS_RUN;
            }
            JobSummary earlier = found.get();
            messages.info("Comparing job " + job.jobId() + describe(job) + " with job " + earlier.jobId()
                    + started(earlier) + ": fetching the failed items of both...");
            FailedItemsTable[] both = bothItems(keeper, job.jobId(), earlier.jobId());
            FailedItemsTable now = both[0];
            FailedItemsTable before = both[1];
            ComparedTable compared = Comparison.of(now, before);
            CompareRows rows = CompareRows.of(compared, plan.known(), job.clientName(), earlier.clientName());
            write(plan, rows);
            report(plan, job, earlier, compared, rows, before.rowCount(), started);
            return ExitCodes.OK;
        } catch (ApiException e) {
            return Failures.of(e, messages);
        } catch (UncheckedIOException e) {
            return Failures.ofWriting(e.getCause(), plan.output(), messages);
        } catch (IOException e) {
            return Failures.ofWriting(e, plan.output(), messages);
        }
    }

    /** The job of --with; one the CommServe does not know is said so, with what to do. */
    private Optional<JobSummary> other(SessionKeeper keeper, long jobId) throws ApiException {
        try {
            return Optional.of(fetcher.summary(keeper, jobId, cancel));
        } catch (ApiException e) {
            if (e.kind() != ApiException.Kind.NOT_FOUND) {
                throw e;
            }
            messages.error("--with: " + e.getMessage(), e);
            messages.info("Give --with the ID of a job that exists, or leave out --with to compare with the job's"
                    + " previous run.");
            return Optional.empty();
        }
    }

    /** The job's previous run by the rule; none is said so, never guessed. */
    private Optional<JobSummary> previous(SessionKeeper keeper, JobSummary job) throws ApiException {
        messages.info("Job " + job.jobId() + describe(job) + ": looking for its previous run...");
        Optional<JobSummary> previous = new PreviousRunFinder().find(keeper, job, cancel);
        if (previous.isEmpty()) {
            String why = job.startTime().isEmpty() ? "the CommServe gives no start time for it, so nothing can be"
                    + " said to have run before it"
                    : "no finished " + (job.jobType().isBlank() ? "" : job.jobType() + " ") + "job of "
                    + subclient(job) + " ended before it started, in the year before it";
            messages.error("No previous run of job " + job.jobId() + " found: " + why + ".", null);
            messages.info("Give the job to compare with: --with <id> (the jobs command lists them, e.g. jobs --since"
                    + " 7d --client " + (job.clientName().isBlank() ? "<name>" : quoted(job.clientName())) + ").");
        }
        return previous;
    }

    /**
     * Both jobs' items, the earlier job's fetched on a second thread meanwhile: two big jobs take
     * about as long as the bigger one. The keeper serves both (a renewal is shared). When this
     * job's fetch fails, the other is stopped and this one's error is the one told.
     */
    private FailedItemsTable[] bothItems(SessionKeeper keeper, long jobId, long earlierJobId) throws ApiException {
        CancelSignal stopEarlier = new CancelSignal();
        FutureTask<FailedItemsTable> earlier = new FutureTask<>(() -> items(keeper, earlierJobId, stopEarlier));
        Thread thread = new Thread(earlier, "fiv-compare-earlier-job");
        thread.setDaemon(true);
        thread.start();
        FailedItemsTable now;
        try {
            now = items(keeper, jobId, cancel);
        } catch (ApiException | RuntimeException e) {
            stopEarlier.cancel();
            throw e;
        }
        try {
            return new FailedItemsTable[] {now, earlier.get()};
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ApiException api) {
                throw api;
            }
            throw new IllegalStateException("fetching job " + earlierJobId + " failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException(ApiException.Kind.NETWORK, "Interrupted while fetching job " + earlierJobId + ".");
        }
    }

    private FailedItemsTable items(SessionKeeper keeper, long jobId, CancelSignal signal) throws ApiException {
        TableBuilder table = new TableBuilder();
        fetcher.stream(keeper, jobId, table, bytes -> { }, signal);
        return table.build();
    }

    private void write(ComparePlan plan, CompareRows rows) throws IOException {
        if (plan.output() == null) {
            OutputStream stdout = environment.stdout();
            rows.writeTo(stdout, plan.options());
            stdout.flush();
            return;
        }
        AtomicFile.write(plan.output(), out -> rows.writeTo(out, plan.options()));
    }

    private void report(ComparePlan plan, JobSummary job, JobSummary earlier, ComparedTable compared, CompareRows rows,
                        int earlierItems, long started) {
        ComparisonCounts counts = compared.counts();
        String summary = counts.since(earlier, zone);
        if (plan.known() != null) {
            summary += String.format(Locale.ROOT, " · %,d new and not known", rows.newAndNotKnown());
        }
        messages.info(summary);
        if (earlierItems == 0) {
            String status = earlier.status().isBlank() ? "" : " (" + earlier.status() + ")";
            messages.info("Job " + earlier.jobId() + status + " had no failed items: every failed item of job "
                    + job.jobId() + " is new.");
        }
        if (counts.reasonChanged() > 0) {
            messages.info(String.format(Locale.ROOT, "%,d still failing %s a new reason (the earlier one in the column"
                    + " earlierReason).", counts.reasonChanged(), counts.reasonChanged() == 1 ? "item has" : "items have"));
        }
        if (plan.known() != null) {
            int known = rows.knownCount();
            messages.info(String.format(Locale.ROOT, "%,d %s known %s (%s).", known, known == 1 ? "row is a" : "rows are",
                    known == 1 ? "failure" : "failures", rows.hidesKnown() ? "left out" : "their notes in the column known"));
        }
        String where = plan.output() == null ? "stdout" : plan.output().toString();
        double seconds = (System.nanoTime() - started) / 1e9;
        messages.info(String.format(Locale.ROOT, "Wrote %,d rows (%d columns) to %s in %.1f s.", rows.writtenRows(),
                rows.header().size(), where, seconds));
        if (plan.output() != null && rows.formulaLikeCells() > 0) {
            long cells = rows.formulaLikeCells();
            messages.warning(String.format(Locale.ROOT, "%,d %s of %s %s like a spreadsheet formula (= + - @, also after"
                    + " spaces or in full width), written as sent. A spreadsheet may run %s when the file is opened;"
                    + " compare with --excel-safe to have %s written as text.", cells, cells == 1 ? "cell" : "cells",
                    plan.output().getFileName(), cells == 1 ? "begins" : "begin", cells == 1 ? "it" : "them",
                    cells == 1 ? "it" : "them"));
        }
    }

    private String started(JobSummary job) {
        return job.startTime().map(start -> " (started " + WHEN.format(start.atZone(zone)) + ")").orElse("");
    }

    private static String describe(JobSummary summary) {
        String client = summary.clientName().isBlank() ? "" : " on " + subclient(summary);
        String status = summary.status().isBlank() ? "" : " (" + summary.status() + ")";
        return client + status;
    }

    /** "fs-win01 / Users", the client alone when the subclient is not named. */
    private static String subclient(JobSummary job) {
        String client = job.clientName().isBlank() ? "its client" : job.clientName();
        return job.subclientName().isBlank() ? client : client + " / " + job.subclientName();
    }

    private static String quoted(String name) {
        return name.matches("[A-Za-z0-9._-]+") ? name : "\"" + name + "\"";
    }
}

package app.fiv.cli;

import app.fiv.api.ApiException;
import app.fiv.api.CancelSignal;
import app.fiv.api.JobSummary;
import app.fiv.io.AtomicFile;
import app.fiv.io.ExportOptions;
import app.fiv.io.RowWriter;
import app.fiv.io.RowWriters;
import app.fiv.joblist.FilteredJobs;
import app.fiv.joblist.JobColumns;
import app.fiv.joblist.JobListFilter;
import app.fiv.joblist.JobLister;
import app.fiv.joblist.JobListing;
import app.fiv.session.SessionKeeper;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;

/**
 * One {@code jobs} run, from login to the last row, turned into an exit code and messages on
 * stderr. The whole list is read before anything is written, so a failure leaves a file as it was.
 */
final class JobsRun {
    private final CliEnvironment environment;
    private final Messages messages;
    private final JobLister lister;
    private final CancelSignal cancel = CancelSignal.none();

    JobsRun(CliEnvironment environment, Messages messages) {
        this(environment, messages, new JobLister());
    }

    JobsRun(CliEnvironment environment, Messages messages, JobLister lister) {
        this.environment = environment;
        this.messages = messages;
        this.lister = lister;
    }

    int run(JobsPlan plan) {
        long started = System.nanoTime();
        try {
            SessionKeeper session = plan.connection().open(environment, messages, cancel);
            messages.info("Listing " + describe(plan.filter()) + "...");
            FilteredJobs jobs = lister.list(session, plan.filter(), JobLister.Progress.NONE, cancel);
            warn(jobs, messages);
            if (plan.output() == null) {
                OutputStream stdout = environment.stdout();
                write(stdout, jobs.kept(), plan.options());
                stdout.flush();
            } else {
                AtomicFile.write(plan.output(), out -> write(out, jobs.kept(), plan.options()));
            }
            report(plan, jobs, started);
            return ExitCodes.OK;
        } catch (ApiException e) {
            return Failures.of(e, messages);
        } catch (IOException e) {
            return Failures.ofWriting(e, plan.output(), messages);
        }
    }

    private static void write(OutputStream out, List<JobSummary> jobs, ExportOptions options) throws IOException {
        try (RowWriter writer = RowWriters.open(out, JobColumns.NAMES, options)) {
            for (JobSummary job : jobs) {
                writer.write(JobColumns.cells(job));
            }
            writer.finish();
        }
    }

    /** What the listing may lack: jobs the CommServe did not send, clients it does not know. */
    static void warn(FilteredJobs jobs, Messages messages) {
        JobListing listing = jobs.listing();
        if (listing.missing() > 0) {
            messages.warning(String.format(Locale.ROOT, "the CommServe said there are %,d jobs but sent %,d;"
                    + " the list may be incomplete.", listing.reportedTotal(), listing.jobs().size()));
        }
        jobs.clientsProblem().ifPresent(problem -> messages.warning("the client list could not be read (" + problem
                + "); the jobs were matched by client name only."));
        for (String unknown : jobs.unknownClients()) {
            messages.warning(jobs.clientsProblem().isPresent() ? "no listed job is of a client named \"" + unknown + "\"."
                    : "the CommServe has no client named \"" + unknown + "\" and no listed job is of one;"
                    + " check the name (GET Client lists the clients).");
        }
    }

    private void report(JobsPlan plan, FilteredJobs jobs, long started) {
        String where = plan.output() == null ? "stdout" : plan.output().toString();
        double seconds = (System.nanoTime() - started) / 1e9;
        int kept = jobs.kept().size();
        String what = plan.filter().withFailuresOnly() ? (kept == 1 ? "job with failures" : "jobs with failures")
                : kept == 1 ? "job" : "jobs";
        messages.info(String.format(Locale.ROOT, "Wrote %,d %s (of %,d listed) to %s in %.1f s.", kept, what,
                jobs.listing().jobs().size(), where, seconds));
    }

    static String describe(JobListFilter filter) {
        String clients = filter.clients().isEmpty() ? "" : " of " + String.join(", ", filter.clients());
        return "the " + (filter.allTypes() ? "" : "backup ") + "jobs" + clients + " that finished in the last "
                + filter.lookback().words();
    }
}

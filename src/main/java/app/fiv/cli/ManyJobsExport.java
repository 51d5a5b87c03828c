package app.fiv.cli;

import app.fiv.api.ApiException;
import app.fiv.api.CancelSignal;
import app.fiv.joblist.FilteredJobs;
import app.fiv.joblist.JobLister;
import app.fiv.known.KnownSink;
import app.fiv.multijob.JobFailure;
import app.fiv.multijob.JobRequest;
import app.fiv.multijob.JobSinks;
import app.fiv.multijob.JobSource;
import app.fiv.multijob.ManyJobsProgress;
import app.fiv.multijob.ManyJobsStreamed;
import app.fiv.multijob.MultiJobFetcher;
import app.fiv.session.SessionKeeper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * An export of many jobs in one file (several --job, or --since): the jobs streamed one after the
 * other through the export's sink ({@link MultiJobFetcher#stream}), never held. A job that cannot
 * be read is named on stderr with why, the others are written, and the exit code is
 * {@link ExitCodes#PARTIAL}; when none can be read, nothing is written and the exit code is the
 * first failure's. With --known each job's rows are marked by the rules of its own client.
 */
final class ManyJobsExport {
    private final CliEnvironment environment;
    private final Messages messages;
    private final CancelSignal cancel = CancelSignal.none();

    ManyJobsExport(CliEnvironment environment, Messages messages) {
        this.environment = environment;
        this.messages = messages;
    }

    int run(ExportPlan plan) {
        long started = System.nanoTime();
        ManyJobsStreamed[] streamed = new ManyJobsStreamed[1];
        try {
            SessionKeeper session = plan.connection().open(environment, messages, cancel);
            List<JobRequest> jobs = jobs(plan, session);
            if (jobs.isEmpty()) {
                messages.info("No " + JobsRun.describe(plan.since()).substring("the ".length())
                        + ": nothing to export; writing the header only.");
            } else {
                messages.info(String.format(Locale.ROOT, "Fetching the failed items of %,d jobs, %d at a time...",
                        jobs.size(), Math.min(jobs.size(), MultiJobFetcher.AT_ONCE)));
            }
            List<KnownSink> known = Collections.synchronizedList(new ArrayList<>());
            JobSinks around = plan.known() == null ? JobSinks.NONE : (job, next) -> {
                KnownSink marking = new KnownSink(next, plan.known().rules(),
                        job.clientName().isBlank() ? null : job.clientName(), plan.known().hide());
                known.add(marking);
                return marking;
            };
            MultiJobFetcher fetcher = new MultiJobFetcher(JobSource.of(session));
            ExportSink sink = ExportTarget.write(environment, plan.output(), plan.options(), exportSink -> {
                streamed[0] = fetcher.stream(jobs, exportSink, around, ManyJobsProgress.NONE, cancel);
                if (streamed[0].read().isEmpty() && !streamed[0].failed().isEmpty()) {
                    name(streamed[0].failed());
                    throw streamed[0].failed().get(0).error(); // nothing to write: the file stays as it was
                }
            });
            report(plan, sink, streamed[0], known, started);
            if (!streamed[0].failed().isEmpty()) {
                name(streamed[0].failed());
                messages.error(String.format(Locale.ROOT, "%d of %d jobs could not be read; the other %d are written.",
                        streamed[0].failed().size(), jobs.size(), streamed[0].read().size()), null);
                return ExitCodes.PARTIAL;
            }
            return ExitCodes.OK;
        } catch (ApiException e) {
            if (streamed[0] != null && streamed[0].read().isEmpty() && !streamed[0].failed().isEmpty()) {
                messages.error(String.format(Locale.ROOT, "none of the %d jobs could be read; nothing is written.",
                        streamed[0].failed().size()), null);
                return ExitCodes.of(e.kind());
            }
            return Failures.of(e, messages);
        } catch (UncheckedIOException e) {
            return Failures.ofWriting(e.getCause(), plan.output(), messages);
        } catch (IOException e) {
            return Failures.ofWriting(e, plan.output(), messages);
        }
    }

    /** The jobs given, or those of the lookback as {@code jobs} lists them (newest end time first). */
    private List<JobRequest> jobs(ExportPlan plan, SessionKeeper session) throws ApiException {
        if (plan.since() == null) {
            return plan.jobIds().stream().map(JobRequest::of).toList();
        }
        messages.info("Listing " + JobsRun.describe(plan.since()) + "...");
        FilteredJobs listed = new JobLister().list(session, plan.since(), JobLister.Progress.NONE, cancel);
        JobsRun.warn(listed, messages);
        return listed.kept().stream().map(JobRequest::of).toList();
    }

    private void name(List<JobFailure> failed) {
        for (JobFailure failure : failed) {
            String kept = failure.rowsKept() == 0 ? "" : String.format(Locale.ROOT, " (its first %,d rows are written)",
                    failure.rowsKept());
            messages.error("job " + failure.jobId() + " could not be read" + kept + ": " + failure.message(),
                    failure.error());
        }
    }

    private void report(ExportPlan plan, ExportSink sink, ManyJobsStreamed streamed, List<KnownSink> known,
                        long started) {
        String where = plan.output() == null ? "stdout" : plan.output().toString();
        double seconds = (System.nanoTime() - started) / 1e9;
        int jobs = streamed.read().size();
        messages.info(String.format(Locale.ROOT, "Wrote %,d rows of %,d %s (%d columns) to %s in %.1f s.",
                sink.rowCount(), jobs, jobs == 1 ? "job" : "jobs", sink.columnsNow().size(), where, seconds));
        if (plan.known() != null) {
            long count;
            synchronized (known) {
                count = known.stream().mapToLong(KnownSink::knownCount).sum();
            }
            messages.info(String.format(Locale.ROOT, "%,d %s known %s (%s).", count, count == 1 ? "row is a" : "rows are",
                    count == 1 ? "failure" : "failures", plan.known().hide() ? "left out" : "their notes in the column known"));
        }
        ExportRun.warnAbout(plan, sink, messages);
    }
}

package app.fiv.cli;

import app.fiv.api.ApiException;
import app.fiv.api.CancelSignal;
import app.fiv.api.JobSummary;
import app.fiv.jobs.JobFetcher;
import app.fiv.jobs.SavedAnswers;
import app.fiv.known.KnownSink;
import app.fiv.model.PipedSink;
import app.fiv.model.RowSink;
import app.fiv.session.SessionKeeper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;

/** One export, from login (or the saved answer) to the last row, turned into an exit code and messages on stderr. */
final class ExportRun {
    private final CliEnvironment environment;
    private final Messages messages;
    private final JobFetcher fetcher = new JobFetcher();
    private final CancelSignal cancel = CancelSignal.none();

    ExportRun(CliEnvironment environment, Messages messages) {
        this.environment = environment;
        this.messages = messages;
    }

    /** Where the rows come from: a job on the CommServe, or a saved answer. */
    @FunctionalInterface
    private interface Source {
        void streamInto(RowSink sink) throws ApiException;
    }

    int run(ExportPlan plan) {
        if (plan.manyJobs()) {
            return new ManyJobsExport(environment, messages).run(plan);
        }
        long started = System.nanoTime();
        try {
            Source source;
            String client;
            if (plan.savedAnswer() != null) {
                messages.info("Reading the saved answer " + plan.savedAnswer() + "...");
                source = sink -> SavedAnswers.stream(plan.savedAnswer(), sink);
                client = null;
            } else {
                SessionKeeper session = plan.connection().open(environment, messages, cancel);
                JobSummary summary = fetcher.summary(session, plan.jobId(), cancel);
                messages.info("Job " + summary.jobId() + describe(summary) + ": fetching its failed items...");
                source = sink -> fetcher.stream(session, plan.jobId(), sink, bytes -> { }, cancel);
                client = summary.clientName();
            }
            Written written = export(plan, source, client);
            report(plan, written, started);
            return ExitCodes.OK;
        } catch (ApiException e) {
            return Failures.of(e, messages);
        } catch (UncheckedIOException e) {
            return Failures.ofWriting(e.getCause(), plan.output(), messages);
        } catch (IOException e) {
            return Failures.ofWriting(e, plan.output(), messages);
        }
    }

    /** What was written: the export's sink, and the known failures' when there were rules. */
    private record Written(ExportSink sink, KnownSink known) {
    }

    private Written export(ExportPlan plan, Source source, String client) throws IOException, ApiException {
        KnownSink[] known = new KnownSink[1];
        ExportSink sink = ExportTarget.write(environment, plan.output(), plan.options(), exportSink -> {
            known[0] = known(plan, exportSink, client);
            stream(source, known[0] == null ? exportSink : known[0]);
        });
        return new Written(sink, known[0]);
    }

    private static KnownSink known(ExportPlan plan, RowSink sink, String client) {
        return plan.known() == null ? null : new KnownSink(sink, plan.known().rules(), client, plan.known().hide());
    }

    /** Parses on this thread and writes on another: a big job takes the longer of the two, not their sum. */
    private static void stream(Source source, RowSink sink) throws ApiException {
        try (PipedSink piped = new PipedSink(sink, "fiv-export-writer")) {
            source.streamInto(piped);
        }
    }

    private void report(ExportPlan plan, Written written, long started) {
        ExportSink sink = written.sink();
        String where = plan.output() == null ? "stdout" : plan.output().toString();
        double seconds = (System.nanoTime() - started) / 1e9;
        messages.info(String.format(Locale.ROOT, "Wrote %,d rows (%d columns) to %s in %.1f s.",
                sink.rowCount(), sink.columnsNow().size(), where, seconds));
        if (written.known() != null) {
            long known = written.known().knownCount();
            messages.info(String.format(Locale.ROOT, "%,d %s known %s (%s).", known, known == 1 ? "row is a" : "rows are",
                    known == 1 ? "failure" : "failures", plan.known().hide() ? "left out" : "their notes in the column known"));
        }
        warnAbout(plan, sink, messages);
    }

    /** What the admin should know of a written export: cells that look like formulas, columns the header lacks. */
    static void warnAbout(ExportPlan plan, ExportSink sink, Messages messages) {
        if (plan.output() != null && sink.formulaLikeCells() > 0) {
            long cells = sink.formulaLikeCells();
            messages.warning(String.format(Locale.ROOT, "%,d %s of %s %s like a spreadsheet formula (= + - @, also after"
                    + " spaces or in full width), written as sent. A spreadsheet may run %s when the file is opened;"
                    + " export with --excel-safe to have %s written as text.", cells, cells == 1 ? "cell" : "cells",
                    plan.output().getFileName(), cells == 1 ? "begins" : "begin", cells == 1 ? "it" : "them",
                    cells == 1 ? "it" : "them"));
        }
        if (sink.lateColumns() && plan.output() == null) {
            messages.warning("the column(s) " + String.join(", ", sink.columnsMissingFromHeader())
                    + " first appeared at row " + sink.firstLateRow() + ", after the header was written to stdout;"
                    + " rows from there on have their cells in the last position(s). Use --output <file> to get"
                    + " a file whose header names every column.");
        }
    }

    private static String describe(JobSummary summary) {
        String client = summary.clientName().isBlank() ? "" : " on " + summary.clientName();
        String status = summary.status().isBlank() ? "" : " (" + summary.status() + ")";
        return client + status;
    }
}

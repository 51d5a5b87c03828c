package app.fiv.cli;

import app.fiv.api.ApiException;
import app.fiv.api.CancelSignal;
import app.fiv.api.JobSummary;
import app.fiv.io.AtomicFile;
import app.fiv.jobs.JobFetcher;
import app.fiv.model.PipedSink;
import app.fiv.session.SessionKeeper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Locale;

/** One export, from login to the last row, turned into an exit code and messages on stderr. */
final class ExportRun {
    private final CliEnvironment environment;
    private final Messages messages;
    private final JobFetcher fetcher = new JobFetcher();
    private final CancelSignal cancel = CancelSignal.none();

    ExportRun(CliEnvironment environment, Messages messages) {
        this.environment = environment;
        this.messages = messages;
    }

    int run(ExportPlan plan) {
        long started = System.nanoTime();
        try {
            SessionKeeper session = plan.connection().open(environment, messages, cancel);
            JobSummary summary = fetcher.summary(session, plan.jobId(), cancel);
            messages.info("Job " + summary.jobId() + describe(summary) + ": fetching its failed items...");
            ExportSink sink = export(session, plan);
            report(plan, sink, started);
            return ExitCodes.OK;
        } catch (ApiException e) {
            return Failures.of(e, messages);
        } catch (ExportFailure e) {
            return Failures.of(e.api, messages);
        } catch (UncheckedIOException e) {
            return Failures.ofWriting(e.getCause(), plan.output(), messages);
        } catch (IOException e) {
            return Failures.ofWriting(e, plan.output(), messages);
        }
    }

    private ExportSink export(SessionKeeper session, ExportPlan plan) throws IOException, ApiException {
        if (plan.output() == null) {
            OutputStream stdout = environment.stdout();
            ExportSink sink = new ExportSink(stdout, plan.options());
            stream(session, plan, sink);
            stdout.flush();
            return sink;
        }
        ExportSink[] sink = new ExportSink[1];
        AtomicFile.write(plan.output(), out -> {
            sink[0] = new ExportSink(out, plan.options());
            try {
                stream(session, plan, sink[0]);
            } catch (ApiException e) {
                // Through AtomicFile, which then removes its temporary file: the old file stays as it was.
                throw new ExportFailure(e);
            }
        }, new HeaderFix(() -> sink[0], plan.options()));
        return sink[0];
    }

    /** Parses on this thread and writes on another: a big job takes the longer of the two, not their sum. */
    private void stream(SessionKeeper session, ExportPlan plan, ExportSink sink) throws ApiException {
        try (PipedSink piped = new PipedSink(sink, "fiv-export-writer")) {
            fetcher.stream(session, plan.jobId(), piped, bytes -> { }, cancel);
        }
    }

    private void report(ExportPlan plan, ExportSink sink, long started) {
        String where = plan.output() == null ? "stdout" : plan.output().toString();
        double seconds = (System.nanoTime() - started) / 1e9;
        messages.info(String.format(Locale.ROOT, "Wrote %,d rows (%d columns) to %s in %.1f s.",
                sink.rowCount(), sink.columnsNow().size(), where, seconds));
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

    /** Carries an API error out of {@link AtomicFile}'s content callback, which may only throw I/O errors. */
    private static final class ExportFailure extends IOException {
        private final transient ApiException api;

        ExportFailure(ApiException api) {
            super(api.getMessage(), api);
            this.api = api;
        }
    }
}

package app.fiv.cli;

import app.fiv.api.ApiException;
import app.fiv.api.CertificateProblem;
import app.fiv.api.CancelSignal;
import app.fiv.api.CommServeClient;
import app.fiv.api.JobSummary;
import app.fiv.io.AtomicFile;
import app.fiv.io.IoMessages;
import app.fiv.session.SessionKeeper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Locale;

/** One export, from login to the last row, turned into an exit code and messages on stderr. */
final class ExportRun {
    private final CliEnvironment environment;
    private final Messages messages;
    private final CancelSignal cancel = CancelSignal.none();

    ExportRun(CliEnvironment environment, Messages messages) {
        this.environment = environment;
        this.messages = messages;
    }

    int run(ExportRequest request) {
        long started = System.nanoTime();
        try {
            CommServeClient client = CommServeClient.create(environment.deviceId().get(), request.trust(), request.accept(),
                    request.timeouts());
            SessionKeeper session = new SignIn(environment, messages)
                    .open(client, request.server(), request.user(), request.passwordFile(), cancel);
            JobSummary summary = session.call(s -> client.jobSummary(s, request.jobId(), cancel), cancel);
            messages.info("Job " + summary.jobId() + describe(summary) + ": fetching its failed items...");
            ExportSink sink = export(client, session, request);
            report(request, sink, started);
            return ExitCodes.OK;
        } catch (ApiException e) {
            messages.error(e.getMessage(), e);
            hint(e);
            return ExitCodes.of(e.kind());
        } catch (ExportFailure e) {
            messages.error(e.api.getMessage(), e.api);
            hint(e.api);
            return ExitCodes.of(e.api.kind());
        } catch (UncheckedIOException e) {
            messages.error(writeFailure(request, e.getCause()), e);
            return ExitCodes.FAILED;
        } catch (IOException e) {
            messages.error(writeFailure(request, e), e);
            return ExitCodes.FAILED;
        }
    }

    private ExportSink export(CommServeClient client, SessionKeeper session, ExportRequest request) throws IOException,
            ApiException {
        if (request.output() == null) {
            OutputStream stdout = environment.stdout();
            ExportSink sink = new ExportSink(stdout, request.options());
            fetch(client, session, request, sink);
            stdout.flush();
            return sink;
        }
        ExportSink[] sink = new ExportSink[1];
        AtomicFile.write(request.output(), out -> {
            sink[0] = new ExportSink(out, request.options());
            try {
                fetch(client, session, request, sink[0]);
            } catch (ApiException e) {
                // Through AtomicFile, which then removes its temporary file: the old file stays as it was.
                throw new ExportFailure(e);
            }
        }, new HeaderFix(() -> sink[0], request.options()));
        return sink[0];
    }

    private void fetch(CommServeClient client, SessionKeeper session, ExportRequest request, ExportSink sink)
            throws ApiException {
        session.call(s -> client.failedItems(s, request.jobId(), sink, cancel, bytes -> { }), cancel);
    }

    private void report(ExportRequest request, ExportSink sink, long started) {
        String where = request.output() == null ? "stdout" : request.output().toString();
        double seconds = (System.nanoTime() - started) / 1e9;
        messages.info(String.format(Locale.ROOT, "Wrote %,d rows (%d columns) to %s in %.1f s.",
                sink.rowCount(), sink.columnsNow().size(), where, seconds));
        if (request.output() != null && sink.formulaLikeCells() > 0) {
            long cells = sink.formulaLikeCells();
            messages.warning(String.format(Locale.ROOT, "%,d %s of %s %s like a spreadsheet formula (= + - @, also after"
                    + " spaces or in full width), written as sent. A spreadsheet may run %s when the file is opened;"
                    + " export with --excel-safe to have %s written as text.", cells, cells == 1 ? "cell" : "cells",
                    request.output().getFileName(), cells == 1 ? "begins" : "begin", cells == 1 ? "it" : "them",
                    cells == 1 ? "it" : "them"));
        }
        if (sink.lateColumns() && request.output() == null) {
            messages.warning("the column(s) " + String.join(", ", sink.columnsMissingFromHeader())
                    + " first appeared at row " + sink.firstLateRow() + ", after the header was written to stdout;"
                    + " rows from there on have their cells in the last position(s). Use --output <file> to get"
                    + " a file whose header names every column.");
        }
    }

    /** The way to trust a refused certificate, never offered for a suspicious one without saying so plainly. */
    private void hint(ApiException e) {
        e.untrustedCertificate().ifPresent(certificate -> {
            CertificateProblem problem = certificate.problem();
            String pin = "--trust-fingerprint " + certificate.sha256();
            if (problem.looksLikeAnAttack()) {
                messages.warning(problem.attackWarning() + " Connect with a name it was issued for, or have the"
                        + " CommServe's certificate replaced. Trust this one only if the CommServe's administrator"
                        + " confirms this exact fingerprint, and then only with: " + pin);
            } else if (problem == CertificateProblem.NOT_PINNED) {
                messages.info("The server's certificate is not the one given: it may have been renewed, or someone"
                        + " may be intercepting the connection. If the CommServe's administrator confirms the new"
                        + " fingerprint, use: " + pin);
            } else {
                messages.info("If you have checked that this is your CommServe's certificate, trust exactly it with: " + pin);
            }
        });
    }

    private static String describe(JobSummary summary) {
        String client = summary.clientName().isBlank() ? "" : " on " + summary.clientName();
        String status = summary.status().isBlank() ? "" : " (" + summary.status() + ")";
        return client + status;
    }

    private static String writeFailure(ExportRequest request, IOException e) {
        return request.output() == null ? "Could not write to stdout (" + e.getMessage() + ")."
                : IoMessages.cannotWrite(request.output(), e);
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

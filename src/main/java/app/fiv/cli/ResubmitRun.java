package app.fiv.cli;

import app.fiv.api.ApiException;
import app.fiv.api.CancelSignal;
import app.fiv.api.JobSummary;
import app.fiv.api.ResubmitResult;
import app.fiv.jobs.JobActions;
import app.fiv.jobs.JobFetcher;
import app.fiv.session.SessionKeeper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * One resubmit: log in, look the job up (so the question can name it, and an unknown job is exit
 * 4 before anything is started), ask if there is someone to ask, then resubmit once.
 */
final class ResubmitRun {
    private static final int DECLINED = ExitCodes.FAILED;

    private final CliEnvironment environment;
    private final Messages messages;
    private final CancelSignal cancel = CancelSignal.none();

    ResubmitRun(CliEnvironment environment, Messages messages) {
        this.environment = environment;
        this.messages = messages;
    }

    /** @param terminal where to ask; empty with {@code --yes} */
    int run(ServerConnection connection, long jobId, Optional<CliEnvironment.PasswordPrompt> terminal) {
        ResubmitResult result;
        String job;
        try {
            SessionKeeper session = connection.open(environment, messages, cancel);
            JobSummary summary = new JobFetcher().summary(session, jobId, cancel);
            job = describe(summary);
            if (terminal.isPresent()) {
                boolean confirmed = terminal.get().confirm("Resubmit " + job + (summary.status().isBlank() ? ""
                        : ", last " + summary.status()) + ", on " + connection.server() + "? [y/N] ").orElse(false);
                if (!confirmed) {
                    messages.info("Nothing was resubmitted.");
                    return DECLINED;
                }
            }
            result = new JobActions().resubmit(session, jobId, cancel);
        } catch (ApiException e) {
            return Failures.of(e, messages);
        }
        messages.info("Resubmitted " + job + ": the new job is " + result.newJobId() + ".");
        try {
            environment.stdout().write((result.newJobId() + System.lineSeparator()).getBytes(StandardCharsets.UTF_8));
            environment.stdout().flush();
            return ExitCodes.OK;
        } catch (IOException e) {
            messages.error("Job " + jobId + " was resubmitted as job " + result.newJobId()
                    + ", but its ID could not be written to stdout (" + e.getMessage() + ").", e);
            return ExitCodes.FAILED;
        }
    }

    /** "job 1001 (fileserver01 / Documents)". */
    static String describe(JobSummary summary) {
        String where = summary.clientName() + (summary.subclientName().isBlank() ? "" : " / " + summary.subclientName());
        return "job " + summary.jobId() + (where.isBlank() ? "" : " (" + where.strip() + ")");
    }
}

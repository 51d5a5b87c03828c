package app.fiv.cli;

import app.fiv.api.ApiException;
import app.fiv.api.CancelSignal;
import app.fiv.api.JobDetails;
import app.fiv.api.JobEvent;
import app.fiv.api.JobSummary;
import app.fiv.jobs.JobActions;
import app.fiv.jobs.JobFetcher;
import app.fiv.session.SessionKeeper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * One {@code details} run: the job's summary (a job the server does not know is exit 4), its
 * details and its events. A part whose endpoint the server lacks is left out with a warning; when
 * both are missing there is nothing to show, which is a server error.
 */
final class DetailsRun {
    /** A call that may meet a server without its endpoint. */
    @FunctionalInterface
    private interface Part<T> {
        T fetch() throws ApiException;
    }

    private final CliEnvironment environment;
    private final Messages messages;
    private final JobActions actions = new JobActions();
    private final CancelSignal cancel = CancelSignal.none();

    DetailsRun(CliEnvironment environment, Messages messages) {
        this.environment = environment;
        this.messages = messages;
    }

    int run(ServerConnection connection, long jobId, DetailsFormat format) {
        try {
            SessionKeeper session = connection.open(environment, messages, cancel);
            JobSummary summary = new JobFetcher().summary(session, jobId, cancel);
            Optional<JobDetails> details = optional(() -> actions.details(session, jobId, cancel));
            Optional<List<JobEvent>> events = optional(() -> actions.events(session, jobId, cancel));
            if (details.isEmpty() && events.isEmpty()) {
                messages.error("The CommServe at " + connection.server() + " offers neither job details nor events"
                        + " through its REST API (an older service pack?). See the job in the CommCell Console.", null);
                return ExitCodes.SERVER;
            }
            String text = format == DetailsFormat.JSON ? DetailsJson.of(summary, details, events)
                    : new DetailsText(java.time.ZoneId.systemDefault()).of(summary, details, events);
            environment.stdout().write(text.getBytes(StandardCharsets.UTF_8));
            environment.stdout().flush();
            return ExitCodes.OK;
        } catch (ApiException e) {
            return Failures.of(e, messages);
        } catch (IOException e) {
            return Failures.ofWriting(e, null, messages);
        }
    }

    private <T> Optional<T> optional(Part<T> part) throws ApiException {
        try {
            return Optional.of(part.fetch());
        } catch (ApiException e) {
            if (!e.isEndpointMissing()) {
                throw e;
            }
            messages.warning(e.getMessage() + " Left out.");
            return Optional.empty();
        }
    }
}

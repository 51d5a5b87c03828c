package app.fiv.ui.jobactions;

import app.fiv.api.ApiException;
import app.fiv.jobs.JobActions;
import app.fiv.jobs.JobStates;
import app.fiv.session.SessionKeeper;
import app.fiv.ui.common.ErrorMessages;
import app.fiv.ui.common.Notices;
import app.fiv.ui.task.BackgroundTask;
import app.fiv.ui.task.TaskExecutor;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.value.ObservableValue;

/**
 * "Resubmit job…" for any view that shows a job: it says when it cannot work (no session, another
 * server's job, a job still active, a server without the API, a resubmit on its way), asks for
 * confirmation, sends the one request in the background and tells the new job ID. A view offers it
 * with {@code button.disableProperty().bind(resubmit.unavailable(target))} and
 * {@code button.setOnAction(e -> resubmit.resubmit(target.get()))}.
 */
public final class ResubmitAction {
    /** A resubmit that went through: the job, and the one the CommServe started for it. */
    public record Resubmitted(ResubmitTarget job, long newJobId) {
    }

    private final SessionAccess session;
    private final JobActions actions;
    private final TaskExecutor executor;
    private final Notices notices;
    private final ServerFeatures features;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final List<Consumer<Resubmitted>> listeners = new CopyOnWriteArrayList<>();
    private ResubmitConfirmation confirmation = ResubmitConfirmation.NEVER;

    ResubmitAction(SessionAccess session, JobActions actions, TaskExecutor executor, Notices notices, ServerFeatures features) {
        this.session = session;
        this.actions = actions;
        this.executor = executor;
        this.notices = notices;
        this.features = features;
    }

    /** Where the admin is asked (the window's dialog); until set, nothing is ever resubmitted. */
    public void setConfirmation(ResubmitConfirmation confirmation) {
        this.confirmation = confirmation;
    }

    /** Told on the FX thread after each resubmit that went through, e.g. to refresh a job list. */
    public void onResubmitted(Consumer<Resubmitted> listener) {
        listeners.add(listener);
    }

    /** Why the job cannot be resubmitted now, or empty when it can. */
    public Optional<String> unavailableBecause(ResubmitTarget job) {
        if (job == null) {
            return Optional.of("Open a job to resubmit it.");
        }
        Optional<String> offline = session.offlineReason(job.server(), "resubmit job " + job.jobId());
        if (offline.isPresent()) {
            return offline;
        }
        if (features.isMissing(job.server(), ServerFeatures.Feature.RESUBMIT)) {
            return Optional.of("This CommServe does not offer resubmitting through its REST API (an older service pack);"
                    + " resubmit the job in the CommCell Console.");
        }
        if (JobStates.isActive(job.status())) {
            return Optional.of("Job " + job.jobId() + " is still " + job.status().toLowerCase(java.util.Locale.ROOT)
                    + "; only a finished job can be resubmitted.");
        }
        if (busy.get()) {
            return Optional.of("A resubmit is on its way to the CommServe.");
        }
        return Optional.empty();
    }

    /** True while {@code job} cannot be resubmitted; follows the session, the job and what servers lack. */
    public BooleanBinding unavailable(ObservableValue<ResubmitTarget> job) {
        return Bindings.createBooleanBinding(() -> unavailableBecause(job.getValue()).isPresent(),
                job, session.session(), busy, features.missing());
    }

    /** For a tooltip: why not, or what the action does. */
    public StringBinding description(ObservableValue<ResubmitTarget> job) {
        return Bindings.createStringBinding(() -> unavailableBecause(job.getValue()).orElseGet(() ->
                        "Run " + job.getValue().describe() + " again: asks first, then starts a new job."),
                job, session.session(), busy, features.missing());
    }

    /** Asks, then resubmits; when it cannot work now, says why instead. */
    public void resubmit(ResubmitTarget job) {
        Optional<String> why = unavailableBecause(job);
        Optional<SessionKeeper> keeper = job == null ? Optional.empty() : session.keeperFor(job.server());
        if (why.isPresent() || keeper.isEmpty()) {
            notices.status(why.orElse("Log in to resubmit jobs."));
            return;
        }
        if (!confirmation.confirm(job)) {
            notices.status("Job " + job.jobId() + " was not resubmitted.");
            return;
        }
        busy.set(true);
        notices.error("");
        notices.status("Resubmitting " + job.describe() + "…");
        BackgroundTask.wrap(context -> actions.resubmit(keeper.get(), job.jobId(), context.cancelSignal()))
                .onSuccess(result -> {
                    busy.set(false);
                    notices.status("Resubmitted " + job.describe() + ": the new job is " + result.newJobId() + ".");
                    listeners.forEach(listener -> listener.accept(new Resubmitted(job, result.newJobId())));
                })
                .onFailure(failure -> {
                    busy.set(false);
                    notices.status("");
                    notices.error(failed(job, failure));
                })
                .onCancelled(() -> busy.set(false))
                .executeWith(executor);
    }

    private String failed(ResubmitTarget job, Throwable failure) {
        if (failure instanceof ApiException api && api.isEndpointMissing()) {
            features.markMissing(job.server(), ServerFeatures.Feature.RESUBMIT);
            return api.getMessage() + " Resubmit the job in the CommCell Console instead.";
        }
        String message = ErrorMessages.of(failure);
        if (failure instanceof ApiException api && api.kind() == ApiException.Kind.NETWORK) {
            return message + " The resubmit may have reached the CommServe: check its job list before trying again.";
        }
        return message;
    }

    /** True while a resubmit is on its way. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}

package app.fiv.ui.jobdetails;

import app.fiv.api.ApiException;
import app.fiv.api.CancelSignal;
import app.fiv.session.SessionKeeper;
import app.fiv.ui.common.ErrorMessages;
import app.fiv.ui.jobactions.JobActionServices;
import app.fiv.ui.jobactions.ServerFeatures;
import app.fiv.ui.task.BackgroundTask;
import app.fiv.ui.task.TaskHandle;
import java.net.URI;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * One part of a job that loads in the background the first time it is shown: its value, its
 * state and a note saying what is going on. A failed reload keeps the value it had; a server
 * without the endpoint makes the part unavailable for every job of that server.
 */
public final class LoadedPart<T> {
    /** The call that gets the part. Blocks; runs on a worker thread. */
    @FunctionalInterface
    interface Fetch<T> {
        T fetch(SessionKeeper session, CancelSignal cancel) throws ApiException;
    }

    private final URI server;
    private final ServerFeatures.Feature feature;
    private final JobActionServices services;
    private final Fetch<T> fetch;
    private final ReadOnlyObjectWrapper<T> value = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<PartState> state = new ReadOnlyObjectWrapper<>(PartState.NOT_LOADED);
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper("");
    private TaskHandle running;

    LoadedPart(URI server, ServerFeatures.Feature feature, JobActionServices services, Fetch<T> fetch) {
        this.server = server;
        this.feature = feature;
        this.services = services;
        this.fetch = fetch;
    }

    /** Loads the part unless it is shown, loading, or known to be missing on this server. */
    public void show() {
        PartState now = state.get();
        if (now == PartState.NOT_LOADED || now == PartState.NEEDS_LOGIN) {
            load();
        } else if (now != PartState.UNAVAILABLE && services.features().isMissing(server, feature)) {
            unavailable();
        }
    }

    /** Loads it again (Refresh, Retry), whatever it showed; the shown value stays until the new one is there. */
    public void load() {
        if (services.features().isMissing(server, feature)) {
            unavailable();
            return;
        }
        Optional<String> offline = services.session().offlineReason(server, "see the job's " + feature.word());
        Optional<SessionKeeper> keeper = services.session().keeperFor(server);
        if (offline.isPresent() || keeper.isEmpty()) {
            state.set(PartState.NEEDS_LOGIN);
            note.set(offline.orElse("Log in to see the job's " + feature.word() + "."));
            return;
        }
        cancel();
        state.set(PartState.LOADING);
        note.set("Loading the job's " + feature.word() + "…");
        running = BackgroundTask.wrap(context -> fetch.fetch(keeper.get(), context.cancelSignal()))
                .onSuccess(loaded -> {
                    running = null;
                    value.set(loaded);
                    state.set(PartState.SHOWN);
                    note.set("");
                })
                .onFailure(this::failed)
                .onCancelled(() -> {
                    running = null;
                    state.set(value.get() == null ? PartState.NOT_LOADED : PartState.SHOWN);
                    note.set("");
                })
                .executeWith(services.executor());
    }

    /** Reloads a part that was loaded or tried; one never shown stays for its first showing. */
    public void refresh() {
        if (state.get() != PartState.NOT_LOADED && state.get() != PartState.UNAVAILABLE) {
            load();
        }
    }

    /** The tab closed: a load still running stops. */
    public void cancel() {
        if (running != null) {
            running.cancel();
            running = null;
        }
    }

    private void failed(Throwable failure) {
        running = null;
        if (failure instanceof ApiException api && api.isEndpointMissing()) {
            services.features().markMissing(server, feature);
            unavailable();
            return;
        }
        state.set(PartState.FAILED);
        note.set("Could not load the job's " + feature.word() + ": " + ErrorMessages.of(failure));
    }

    private void unavailable() {
        state.set(PartState.UNAVAILABLE);
        note.set("This CommServe does not offer job " + feature.word() + " through its REST API (it answered 404 Not Found:"
                + " an older service pack?). The failed items and everything else still work.");
    }

    public ReadOnlyObjectProperty<T> valueProperty() {
        return value.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<PartState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** What the admin reads instead of (or above) the part: loading, why not, what failed. */
    public ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }
}

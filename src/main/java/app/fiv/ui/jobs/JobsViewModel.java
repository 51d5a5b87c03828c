package app.fiv.ui.jobs;

import app.fiv.api.Session;
import app.fiv.joblist.JobLister;
import app.fiv.joblist.JobListing;
import app.fiv.session.SessionKeeper;
import app.fiv.ui.common.ClipboardService;
import app.fiv.ui.common.ErrorMessages;
import app.fiv.ui.common.StatusMessages;
import app.fiv.ui.session.SessionViewModel;
import app.fiv.ui.task.TaskExecutor;
import java.net.URI;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongConsumer;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The jobs view: which finished jobs of the CommServe logged in to are listed (lookback, all
 * types) and shown (with failures only, one client, the quick filter, the sort), the listing in
 * the background, and what can be done with a job. Choices are remembered for each server. A new
 * listing replaces the shown one only once complete: a failed or cancelled one leaves it as it was.
 */
public final class JobsViewModel {
    private final JobLister lister;
    private final SessionViewModel session;
    private final JobsSettings settings;
    private final TaskExecutor executor;
    private final StatusMessages notices;
    private final ZoneId zone;
    private final ShownJobs shown;
    private final StartedJobs started;
    private final JobListErrors errors;
    private final JobsFilters filters = new JobsFilters(this::queryChanged, this::choiceChanged, this::updateShown);
    private final BooleanProperty showing = new SimpleBooleanProperty();
    private final ReadOnlyObjectWrapper<List<JobSortKey>> sortKeys = new ReadOnlyObjectWrapper<>(JobSortKey.DEFAULT);
    private final ReadOnlyObjectWrapper<List<JobColumn>> visibleColumns =
            new ReadOnlyObjectWrapper<>(List.of(JobColumn.values()));
    private final ReadOnlyObjectWrapper<JobListLoad.Loaded> loaded = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<List<String>> clients = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper("");
    private final ObservableList<JobAction> actions = FXCollections.observableArrayList();
    private final JobsTexts texts;
    private final JobsSelection selection = new JobsSelection();
    private URI server;
    private JobListLoad running;

    /** @param openJob opens a job's failed items (its tab, or a fetch into a new one) */
    public JobsViewModel(JobLister lister, SessionViewModel session, JobsSettings settings, TaskExecutor executor,
                         StatusMessages notices, ClipboardService clipboard, LongConsumer openJob, ZoneId zone) {
        this.lister = lister;
        this.session = session;
        this.settings = settings;
        this.executor = executor;
        this.notices = notices;
        this.zone = zone;
        this.shown = new ShownJobs(executor, error -> notices.error("The jobs could not be sorted or filtered: "
                + ErrorMessages.of(error)));
        this.errors = new JobListErrors(session, notices, this::refreshAfterLogin);
        this.started = new StartedJobs(executor, notices, zone, this::updateShown);
        actions.add(JobAction.always("open", "_Open failed items", job -> openJob.accept(job.jobId())));
        actions.add(JobAction.always("copy-id", "_Copy job ID", job -> {
            clipboard.putText(Long.toString(job.jobId()));
            notices.status("Copied job ID " + job.jobId() + ".");
        }));
        texts = new JobsTexts(loaded, shown, busy, session.sessionProperty(), filters, zone);
        session.sessionProperty().subscribe(this::sessionChanged);
        showing.subscribe(now -> {
            if (now && server != null && loaded.get() == null && running == null) {
                refresh();
            }
        });
    }

    /** Lists the jobs again (F5); the list shown stays until the new one is complete. */
    public void refresh() {
        refresh(false);
    }

    /** Stops the listing that runs; the list shown stays. */
    public void cancel() {
        if (running != null) {
            running.cancel();
        }
    }

    /** Opens the job's failed items (Enter, a double-click): the action {@code open}. */
    public void open(JobRow row) {
        if (row != null) {
            actions.stream().filter(action -> action.id().equals("open")).findFirst()
                    .ifPresent(action -> action.run().accept(row.job()));
        }
    }

    /** The jobs the admin selected, in the order shown; the table tells them. */
    public void select(List<JobRow> rows) {
        selection.select(rows);
    }

    /** Opens the selected jobs' failed items: several in one tab, one in its own (Shortcut+Enter, the button). */
    public void openSelected() {
        selection.open(this::open);
    }

    /** What opens several jobs' failed items in one tab (the window's fetch of many jobs). */
    public void openManyWith(java.util.function.Consumer<List<app.fiv.api.JobSummary>> openMany) {
        selection.openManyWith(openMany);
    }

    /** The selected jobs, their count and the words of the button that opens them together. */
    public JobsSelection selection() {
        return selection;
    }

    /** Shows a job started from this window (a resubmit) first in the list while it runs. */
    public void showStarted(long jobId) {
        session.keeper().ifPresent(keeper -> started.add(keeper, jobId, () -> server));
    }

    /** Adds an action for the selected job to its menus, e.g. "Resubmit job…". */
    public void addAction(JobAction action) {
        actions.add(Objects.requireNonNull(action));
    }

    public void sort(List<JobSortKey> keys) {
        List<JobSortKey> now = keys.isEmpty() ? JobSortKey.DEFAULT : List.copyOf(keys);
        if (!now.equals(sortKeys.get())) {
            sortKeys.set(now);
            updateShown();
        }
    }

    /** The columns shown, in display order: the quick filter searches them. */
    public void setVisibleColumns(List<JobColumn> columns) {
        if (!columns.equals(visibleColumns.get())) {
            visibleColumns.set(List.copyOf(columns));
            if (!filters.textProperty().get().isBlank()) {
                updateShown();
            }
        }
    }

    public JobsFilters filters() {
        return filters;
    }

    private void refresh(boolean afterLogin) {
        Optional<SessionKeeper> keeper = session.keeper();
        if (keeper.isEmpty()) {
            errors.notLoggedIn();
            return;
        }
        cancel();
        busy.set(true);
        progress.set(-1);
        progressText.set(JobsText.progress(0, -1));
        JobsChoices choices = filters.choices();
        running = new JobListLoad(keeper.get(), choices.lookback(), choices.allTypes(), afterLogin);
        running.start(lister, zone, executor, reports);
    }

    private void refreshAfterLogin(Session fresh) {
        if (fresh.webService().equals(server)) {
            refresh(true);
        }
    }

    private void sessionChanged(Session now) {
        URI next = now == null ? null : now.webService();
        if (Objects.equals(next, server)) {
            return; // a renewed token: the same list
        }
        cancel();
        running = null;
        busy.set(false);
        progressText.set("");
        server = next;
        started.clear();
        loaded.set(null);
        clients.set(List.of());
        shown.clear();
        filters.apply(next == null ? JobsChoices.DEFAULT : settings.of(next));
        if (next != null && showing.get()) {
            refresh();
        }
    }

    private void queryChanged() {
        save();
        if (server != null) {
            refresh();
        }
    }

    private void choiceChanged() {
        save();
        updateShown();
    }

    private void save() {
        if (server != null) {
            settings.saveLater(server, filters.choices(), executor);
        }
    }

    private void updateShown() {
        if (loaded.get() != null) {
            shown.update(started.before(loaded.get().rows()), filters.rowFilter(visibleColumns.get(), started.ids()),
                    sortKeys.get());
        }
    }

    private final JobListLoad.Reports reports = new JobListLoad.Reports() {
        @Override
        public boolean isCurrent(JobListLoad load) {
            return running == load;
        }

        @Override
        public void progress(String message, double fraction) {
            if (message != null) {
                progressText.set(message);
            }
            if (fraction >= 0) {
                progress.set(fraction);
            }
        }

        @Override
        public void finished(JobListLoad load, JobListLoad.Loaded result) {
            ended();
            errors.listed();
            String chosen = filters.clientProperty().get();
            clients.set(chosen.isEmpty() || result.clients().stream().anyMatch(chosen::equalsIgnoreCase) ? result.clients()
                    : JobsText.clientNames(result.rows(), chosen));
            loaded.set(result);
            updateShown();
        }

        @Override
        public void failed(JobListLoad load, Throwable failure) {
            ended();
            errors.failed(load, failure);
        }

        @Override
        public void cancelled(JobListLoad load) {
            ended();
            notices.status("Listing the jobs was cancelled; the list shown is the one before.");
        }

        private void ended() {
            running = null;
            busy.set(false);
            progress.set(-1);
            progressText.set("");
        }
    };

    /** Set by the window while the jobs view is the one shown: it lists the jobs the first time it is. */
    public BooleanProperty showingProperty() {
        return showing;
    }

    public ReadOnlyObjectProperty<List<JobSortKey>> sortKeysProperty() {
        return sortKeys.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ObservableList<JobRow>> rowsProperty() {
        return shown.rowsProperty();
    }

    /** The whole listing shown, or null before the first one. */
    public JobListing listing() {
        return loaded.get() == null ? null : loaded.get().listing();
    }

    /** The client names of the listed jobs, for the client filter. */
    public ReadOnlyObjectProperty<List<String>> clientsProperty() {
        return clients.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The share of the jobs listed so far, or -1 when it is not known. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** "Listing jobs… 300 of 1,793" while a listing runs, else empty. */
    public ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }

    public ObservableList<JobAction> actions() {
        return FXCollections.unmodifiableObservableList(actions);
    }

    /** "16 jobs with failures of 125", for the status bar. */
    public StringBinding countTextBinding() {
        return texts.count();
    }

    /** What the table says when it shows no job, in words. */
    public StringBinding placeholderTextBinding() {
        return texts.placeholder();
    }

    /** "Listed 06:31 · 125 jobs finished in the last 24 hours". */
    public StringBinding listedTextBinding() {
        return texts.listed();
    }
}

package app.fiv.ui.jobs;

import app.fiv.ui.task.BackgroundTask;
import app.fiv.ui.task.TaskExecutor;
import app.fiv.ui.task.TaskHandle;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The jobs the table shows, in its order: each change of the list, filter or sort starts one
 * background pass that cancels the one before and swaps the rows in one step, so a CommServe's
 * month of jobs never holds up the window. The rows shown stay until a pass has finished.
 */
final class ShownJobs {
    private final TaskExecutor executor;
    private final Consumer<Throwable> failed;
    private final ReadOnlyObjectWrapper<ObservableList<JobRow>> rows =
            new ReadOnlyObjectWrapper<>(FXCollections.emptyObservableList());
    private final ReadOnlyObjectWrapper<JobRowFilter> shownFilter = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper working = new ReadOnlyBooleanWrapper();
    private TaskHandle running;

    /** @param failed told when a pass fails: the rows shown stay as they were */
    ShownJobs(TaskExecutor executor, Consumer<Throwable> failed) {
        this.executor = executor;
        this.failed = failed;
    }

    /** Jobs just started from this window ({@link JobRowFilter#started()}) come first, then the sort's order. */
    void update(List<JobRow> all, JobRowFilter filter, List<JobSortKey> keys) {
        cancel();
        working.set(true);
        TaskHandle[] pass = new TaskHandle[1];
        Comparator<JobRow> order = Comparator.<JobRow, Boolean>comparing(row -> !filter.started().contains(row.job().jobId()))
                .thenComparing(JobSortKey.comparator(keys));
        pass[0] = BackgroundTask.wrap(context -> {
            List<JobRow> kept = all.stream().filter(filter::keeps).sorted(order).toList();
            context.cancelSignal().throwIfCancelled();
            return kept;
        }).onSuccess(kept -> {
            working.set(false);
            shownFilter.set(filter);
            rows.set(FXCollections.unmodifiableObservableList(FXCollections.observableList(kept)));
        }).onFailure(error -> {
            working.set(false);
            failed.accept(error);
        }).onCancelled(() -> {
            if (running == pass[0]) {
                working.set(false);
            }
        }).executeWith(executor);
        running = pass[0];
    }

    void cancel() {
        if (running != null && !running.isDone()) {
            running.cancel();
        }
    }

    /** Nothing to show (logged out, another server): at once, not after a pass. */
    void clear() {
        cancel();
        working.set(false);
        shownFilter.set(null);
        rows.set(FXCollections.emptyObservableList());
    }

    /** The filter that made the rows shown, or null when none did. */
    ReadOnlyObjectProperty<JobRowFilter> filterProperty() {
        return shownFilter.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<ObservableList<JobRow>> rowsProperty() {
        return rows.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty workingProperty() {
        return working.getReadOnlyProperty();
    }
}

package app.fiv.ui.table;

import app.fiv.model.FailedItemsTable;
import app.fiv.model.RowOrder;
import app.fiv.model.SortKey;
import app.fiv.ui.task.BackgroundTask;
import app.fiv.ui.task.TaskExecutor;
import app.fiv.ui.task.TaskHandle;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The table being shown and the order of its rows. Sorting runs in the background and swaps the
 * whole order in one step, so the window never waits on a big sort.
 */
public final class TableViewModel {
    private final TaskExecutor executor;
    private final ReadOnlyObjectWrapper<FailedItemsTable> table = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ObservableList<Integer>> rows =
            new ReadOnlyObjectWrapper<>(FXCollections.emptyObservableList());
    private final ReadOnlyBooleanWrapper sorting = new ReadOnlyBooleanWrapper();
    private List<SortKey> appliedSort = List.of();
    private TaskHandle runningSort;

    public TableViewModel(TaskExecutor executor) {
        this.executor = executor;
    }

    public void show(FailedItemsTable newTable) {
        cancelSort();
        appliedSort = List.of();
        table.set(newTable);
        rows.set(FXCollections.observableList(new RowIndexList(RowOrder.natural(newTable.rowCount()))));
    }

    /** Sorts by the keys (an empty list means the server's order); a newer request replaces an older one. */
    public void sort(List<SortKey> keys) {
        FailedItemsTable current = table.get();
        if (current == null || keys.equals(appliedSort)) {
            return;
        }
        cancelSort();
        List<SortKey> requested = List.copyOf(keys);
        sorting.set(true);
        runningSort = BackgroundTask.wrap(context -> requested.isEmpty()
                        ? RowOrder.natural(current.rowCount())
                        : RowOrder.sorted(current, requested))
                .onSuccess(order -> {
                    sorting.set(false);
                    if (table.get() == current) {
                        appliedSort = requested;
                        rows.set(FXCollections.observableList(new RowIndexList(order)));
                    }
                })
                .onFailure(error -> sorting.set(false))
                .onCancelled(() -> sorting.set(false))
                .executeWith(executor);
    }

    public List<SortKey> appliedSort() {
        return appliedSort;
    }

    private void cancelSort() {
        if (runningSort != null && !runningSort.isDone()) {
            runningSort.cancel();
        }
    }

    public ReadOnlyObjectProperty<FailedItemsTable> tableProperty() {
        return table.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ObservableList<Integer>> rowsProperty() {
        return rows.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty sortingProperty() {
        return sorting.getReadOnlyProperty();
    }
}

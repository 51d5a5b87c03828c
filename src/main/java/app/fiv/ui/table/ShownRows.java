package app.fiv.ui.table;

import app.fiv.model.FailedItemsTable;
import app.fiv.model.RowFilter;
import app.fiv.model.RowOrder;
import app.fiv.model.SortKey;
import app.fiv.ui.task.BackgroundTask;
import app.fiv.ui.task.TaskExecutor;
import app.fiv.ui.task.TaskHandle;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Which rows of a table show, in which order: the order of the sort keys, then the filter. Each
 * change starts one background pass that cancels the pass before it and swaps the rows in one
 * step, so the window never waits on a big table. A sort is done once per set of keys; typing on
 * in the filter searches only the rows the shorter text kept.
 */
final class ShownRows {
    private final TaskExecutor executor;
    private final Consumer<Throwable> failed;
    private final ReadOnlyObjectWrapper<ObservableList<Integer>> rows =
            new ReadOnlyObjectWrapper<>(FXCollections.emptyObservableList());
    private final ReadOnlyBooleanWrapper working = new ReadOnlyBooleanWrapper();
    private final ReadOnlyIntegerWrapper count = new ReadOnlyIntegerWrapper();
    private List<SortKey> sortedKeys = List.of();
    private int[] sortedOrder = new int[0];
    private int[] shown = new int[0];
    // What the shown rows are: this filter over this order. A narrower filter searches only them.
    private RowFilter shownFilter;
    private int[] shownBase;
    private TaskHandle running;

    /** @param failed told when a pass fails: the rows shown stay as they were */
    ShownRows(TaskExecutor executor, Consumer<Throwable> failed) {
        this.executor = executor;
        this.failed = failed;
    }

    /**
     * A newer table: its order is the server's until a pass says otherwise.
     *
     * @param keepShown leave the rows on screen until the next pass (the next batch of a download)
     */
    void reset(FailedItemsTable table, boolean keepShown) {
        cancel();
        if (!keepShown) {
            show(new int[0]);
        }
        sortedKeys = List.of();
        sortedOrder = RowOrder.natural(table.rowCount());
        shownFilter = null;
        shownBase = null;
    }

    /** Shows the table's rows sorted by the keys and kept by the filter. */
    void update(FailedItemsTable table, List<SortKey> keys, RowFilter filter) {
        cancel();
        int[] cached = keys.equals(sortedKeys) ? sortedOrder : null;
        if (cached != null && filter.isEmpty()) {
            working.set(false);
            show(cached);
            shownFilter = filter;
            shownBase = cached;
            return;
        }
        int[] hits = cached != null && cached == shownBase && shownFilter != null && shownFilter.narrowedBy(filter)
                ? shown : null;
        working.set(true);
        TaskHandle[] pass = new TaskHandle[1];
        pass[0] = BackgroundTask.wrap(context -> {
            int[] order = cached != null ? cached
                    : keys.isEmpty() ? RowOrder.natural(table.rowCount())
                    : RowOrder.sorted(table, keys, context.cancelSignal()::isCancelled);
            int[] kept = filter.apply(table, hits != null ? hits : order, context.cancelSignal()::isCancelled);
            return new Pass(keys, order, kept);
        }).onSuccess(result -> {
            working.set(false);
            sortedKeys = result.keys();
            sortedOrder = result.order();
            show(result.shown());
            shownFilter = filter;
            shownBase = result.order();
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

    /** The sort keys of the order really shown. */
    List<SortKey> sortedKeys() {
        return sortedKeys;
    }

    int[] resolve(RowSelection selection) {
        return selection.resolve(shown);
    }

    void cancel() {
        if (running != null && !running.isDone()) {
            running.cancel();
        }
    }

    private void show(int[] order) {
        shown = order;
        count.set(order.length);
        rows.set(new RowIndexList(order));
    }

    private record Pass(List<SortKey> keys, int[] order, int[] shown) {
    }

    ReadOnlyObjectProperty<ObservableList<Integer>> rowsProperty() {
        return rows.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty workingProperty() {
        return working.getReadOnlyProperty();
    }

    ReadOnlyIntegerProperty countProperty() {
        return count.getReadOnlyProperty();
    }
}

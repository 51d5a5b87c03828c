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
 * Which rows of a table show, in which order: the order of the sort keys, then the filter, then
 * (when known failures are hidden) the rows without a mark in the Known column. Each change starts
 * one background pass that cancels the pass before it and swaps the rows in one step, so the
 * window never waits on a big table. A sort is done once per set of keys; typing on in the filter
 * searches only the rows the shorter text kept; hiding or showing known failures again searches
 * nothing, as the rows the filter kept are kept with their marks.
 */
final class ShownRows {
    private final TaskExecutor executor;
    private final Consumer<Throwable> failed;
    private final ReadOnlyObjectWrapper<ObservableList<Integer>> rows =
            new ReadOnlyObjectWrapper<>(FXCollections.emptyObservableList());
    private final ReadOnlyBooleanWrapper working = new ReadOnlyBooleanWrapper();
    private final ReadOnlyIntegerWrapper count = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper hidden = new ReadOnlyIntegerWrapper();
    private List<SortKey> sortedKeys = List.of();
    private int[] sortedOrder = new int[0];
    private int[] shown = new int[0];
    // The rows this filter kept of this order, known failures included. A narrower filter searches only them.
    private int[] hits;
    private RowFilter hitsFilter;
    private int[] hitsBase;
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
            show(new int[0], 0);
        }
        sortedKeys = List.of();
        sortedOrder = RowOrder.natural(table.rowCount());
        hits = null;
        hitsFilter = null;
        hitsBase = null;
    }

    /**
     * Shows the table's rows sorted by the keys and kept by the filter.
     *
     * @param hideColumn the Known column whose marked rows are hidden, or -1 to hide none
     */
    void update(FailedItemsTable table, List<SortKey> keys, RowFilter filter, int hideColumn) {
        cancel();
        int[] cached = keys.equals(sortedKeys) ? sortedOrder : null;
        boolean sameHits = cached != null && cached == hitsBase && filter.equals(hitsFilter);
        if (hideColumn < 0 && (sameHits || (cached != null && filter.isEmpty()))) {
            working.set(false);
            int[] kept = sameHits ? hits : cached;
            remember(cached, filter, kept);
            show(kept, 0);
            return;
        }
        int[] previous = hits;
        int[] narrowed = sameHits ? previous
                : cached != null && cached == hitsBase && hitsFilter != null && hitsFilter.narrowedBy(filter) ? hits : null;
        working.set(true);
        TaskHandle[] pass = new TaskHandle[1];
        pass[0] = BackgroundTask.wrap(context -> {
            int[] order = cached != null ? cached
                    : keys.isEmpty() ? RowOrder.natural(table.rowCount())
                    : RowOrder.sorted(table, keys, context.cancelSignal()::isCancelled);
            int[] kept = sameHits ? previous
                    : filter.apply(table, narrowed != null ? narrowed : order, context.cancelSignal()::isCancelled);
            int[] unmarked = hideColumn < 0 ? kept : RowFilter.keepBlank(table, hideColumn, kept, context.cancelSignal()::isCancelled);
            return new Pass(keys, order, kept, unmarked);
        }).onSuccess(result -> {
            working.set(false);
            sortedKeys = result.keys();
            sortedOrder = result.order();
            remember(result.order(), filter, result.hits());
            show(result.shown(), result.hits().length - result.shown().length);
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

    private void remember(int[] base, RowFilter filter, int[] kept) {
        hitsBase = base;
        hitsFilter = filter;
        hits = kept;
    }

    private void show(int[] order, int knownHidden) {
        shown = order;
        count.set(order.length);
        hidden.set(knownHidden);
        rows.set(new RowIndexList(order));
    }

    private record Pass(List<SortKey> keys, int[] order, int[] hits, int[] shown) {
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

    /** How many rows the filter kept that are hidden as known failures. */
    ReadOnlyIntegerProperty hiddenProperty() {
        return hidden.getReadOnlyProperty();
    }
}

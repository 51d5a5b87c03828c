package app.fiv.ui.table;

import app.fiv.model.ColumnRoles;
import app.fiv.model.FailedItemsTable;
import app.fiv.model.ReasonCount;
import app.fiv.model.ReasonCounts;
import app.fiv.model.RowFilter;
import app.fiv.model.RowOrder;
import app.fiv.model.SortKey;
import app.fiv.ui.job.Sizes;
import app.fiv.ui.task.BackgroundTask;
import app.fiv.ui.task.TaskExecutor;
import app.fiv.ui.task.TaskHandle;
import java.util.Arrays;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The table being shown and which rows show, in which order: sort keys, the quick filter and the
 * reason filter compose. Each change starts one background pass (sort if the keys changed, then
 * filter) that cancels the pass before it and swaps the rows in one step, so the window never
 * waits on a big table.
 */
public final class TableViewModel {
    private final TaskExecutor executor;
    private final ReadOnlyObjectWrapper<FailedItemsTable> table = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ObservableList<Integer>> rows =
            new ReadOnlyObjectWrapper<>(FXCollections.emptyObservableList());
    private final ReadOnlyBooleanWrapper working = new ReadOnlyBooleanWrapper();
    private final ReadOnlyIntegerWrapper shownCount = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper totalCount = new ReadOnlyIntegerWrapper();
    private final StringProperty filterText = new SimpleStringProperty("");
    private final ObjectProperty<String> reasonFilter = new SimpleObjectProperty<>();
    private final IntegerProperty pathColumn = new SimpleIntegerProperty(-1);
    private final ReadOnlyIntegerWrapper reasonColumn = new ReadOnlyIntegerWrapper(-1);
    private final ReadOnlyObjectWrapper<List<ReasonCount>> reasons = new ReadOnlyObjectWrapper<>(List.of());
    private final StringBinding countText;

    private int[] visibleColumns = new int[0];
    private List<SortKey> sortKeys = List.of();
    private List<SortKey> sortedKeys = List.of();
    private int[] sortedOrder = new int[0];
    private int[] shown = new int[0];
    // What the shown rows are: this filter over this order. A narrower filter searches only them.
    private RowFilter shownFilter;
    private int[] shownBase;
    private long lastPassMillis;
    private TaskHandle runningPass;
    private TaskHandle runningCount;
    private long generation;
    private boolean resetting;

    public TableViewModel(TaskExecutor executor) {
        this.executor = executor;
        filterText.addListener((p, old, now) -> update());
        reasonFilter.addListener((p, old, now) -> update());
        countText = Bindings.createStringBinding(() -> table.get() == null ? ""
                : shownCount.get() == totalCount.get() ? Sizes.rows(totalCount.get())
                : Sizes.count(shownCount.get()) + " / " + Sizes.rows(totalCount.get()),
                table, shownCount, totalCount);
    }

    /** Shows a (new or refreshed) table; the filter text stays, the reason filter too if it still occurs. */
    public void show(FailedItemsTable newTable) {
        cancel(runningPass);
        cancel(runningCount);
        generation++;
        // No pass may start half-way: the old rows would meet the new table. The view's listeners
        // may set sort keys and columns meanwhile; one pass at the end takes them all.
        FailedItemsTable old = table.get();
        // The same columns and at least as many rows (the next batch of a download): the rows,
        // reasons and columns shown stay until the new ones are ready, so nothing flickers.
        boolean grown = old != null && old.shape() == newTable.shape() && old.columns().equals(newTable.columns())
                && newTable.rowCount() >= old.rowCount();
        resetting = true;
        try {
            if (!grown) {
                setShown(new int[0]);
                visibleColumns = allColumns(newTable);
                reasons.set(List.of());
            }
            shownFilter = null;
            shownBase = null;
            sortKeys = List.of();
            sortedKeys = List.of();
            sortedOrder = RowOrder.natural(newTable.rowCount());
            totalCount.set(newTable.rowCount());
            pathColumn.set(ColumnRoles.pathColumn(newTable.columns()).orElse(-1));
            reasonColumn.set(ColumnRoles.reasonColumn(newTable.columns()).orElse(-1));
            if (reasonColumn.get() < 0) {
                reasonFilter.set(null);
            }
            table.set(newTable);
            if (!grown || (sortKeys.isEmpty() && currentFilter().isEmpty())) {
                setShown(sortedOrder);
            }
        } finally {
            resetting = false;
        }
        countReasons(newTable);
        update();
    }

    /** Sorts by the keys (an empty list means the server's order). */
    public void sort(List<SortKey> keys) {
        if (table.get() != null && !keys.equals(sortKeys)) {
            sortKeys = List.copyOf(keys);
            update();
        }
    }

    /** The columns shown, in display order: the quick filter searches them, copy and export write them. */
    public void setVisibleColumns(int[] columns) {
        if (!Arrays.equals(columns, visibleColumns)) {
            visibleColumns = columns.clone();
            if (!filterText.get().isBlank()) {
                update();
            }
        }
    }

    public int[] visibleColumns() {
        return visibleColumns.clone();
    }

    public List<String> visibleColumnNames() {
        return Arrays.stream(visibleColumns).mapToObj(c -> table.get().columns().get(c)).toList();
    }

    /** Clicking the selected reason again clears the reason filter. */
    public void toggleReason(String reason) {
        reasonFilter.set(reason == null || reason.equals(reasonFilter.get()) ? null : reason);
    }

    public void clearFilters() {
        filterText.set("");
        reasonFilter.set(null);
    }

    /** The table rows the selection means, in display order. */
    public int[] rowsOf(RowSelection selection) {
        return selection.resolve(shown);
    }

    public int[] shownRows() {
        return shown.clone();
    }

    /** How long the last sort-and-filter pass took, for the status bar and for measuring. */
    public long lastPassMillis() {
        return lastPassMillis;
    }

    private RowFilter currentFilter() {
        String reason = reasonFilter.get();
        int column = reason == null ? -1 : reasonColumn.get();
        return new RowFilter(filterText.get(), visibleColumns, column, reason);
    }

    private void update() {
        FailedItemsTable current = table.get();
        if (current == null || resetting) {
            return;
        }
        cancel(runningPass);
        long pass = ++generation;
        List<SortKey> keys = sortKeys;
        int[] cached = keys.equals(sortedKeys) ? sortedOrder : null;
        RowFilter filter = currentFilter();
        if (cached != null && filter.isEmpty()) {
            working.set(false);
            setShown(cached);
            shownFilter = filter;
            shownBase = cached;
            return;
        }
        // Typing on: the longer text can only match rows the shorter one kept.
        int[] hits = cached != null && cached == shownBase && shownFilter != null && shownFilter.narrowedBy(filter)
                ? shown : null;
        working.set(true);
        runningPass = BackgroundTask.wrap(context -> {
            long started = System.nanoTime();
            int[] order = cached != null ? cached
                    : keys.isEmpty() ? RowOrder.natural(current.rowCount())
                    : RowOrder.sorted(current, keys, context.cancelSignal()::isCancelled);
            int[] kept = filter.apply(current, hits != null ? hits : order, context.cancelSignal()::isCancelled);
            return new Pass(keys, order, kept, (System.nanoTime() - started) / 1_000_000);
        }).onSuccess(result -> {
            if (pass == generation) {
                working.set(false);
                sortedKeys = result.keys();
                sortedOrder = result.order();
                lastPassMillis = result.millis();
                setShown(result.shown());
                shownFilter = filter;
                shownBase = result.order();
            }
        }).onFailure(error -> {
            if (pass == generation) {
                working.set(false);
            }
        }).onCancelled(() -> {
            if (pass == generation) {
                working.set(false);
            }
        }).executeWith(executor);
    }

    private void countReasons(FailedItemsTable current) {
        int column = reasonColumn.get();
        if (column < 0) {
            return;
        }
        runningCount = BackgroundTask.wrap(context -> ReasonCounts.count(current, column, context.cancelSignal()::isCancelled))
                .onSuccess(counts -> {
                    if (table.get() == current) {
                        reasons.set(counts);
                        if (reasonFilter.get() != null && counts.stream().noneMatch(c -> c.reason().equals(reasonFilter.get()))) {
                            reasonFilter.set(null);
                        }
                    }
                })
                .executeWith(executor);
    }

    private void setShown(int[] order) {
        shown = order;
        shownCount.set(order.length);
        rows.set(new RowIndexList(order));
    }

    private static int[] allColumns(FailedItemsTable table) {
        return RowOrder.natural(table.columnCount());
    }

    private static void cancel(TaskHandle handle) {
        if (handle != null && !handle.isDone()) {
            handle.cancel();
        }
    }

    private record Pass(List<SortKey> keys, int[] order, int[] shown, long millis) {
    }

    public List<SortKey> appliedSort() {
        return sortedKeys;
    }

    public ReadOnlyObjectProperty<FailedItemsTable> tableProperty() {
        return table.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ObservableList<Integer>> rowsProperty() {
        return rows.getReadOnlyProperty();
    }

    /** True while a sort or filter pass runs. */
    public ReadOnlyBooleanProperty workingProperty() {
        return working.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty shownCountProperty() {
        return shownCount.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty totalCountProperty() {
        return totalCount.getReadOnlyProperty();
    }

    /** "50,000 rows", or "1,234 / 50,000 rows" while a filter hides some. */
    public StringBinding countTextBinding() {
        return countText;
    }

    public StringProperty filterTextProperty() {
        return filterText;
    }

    /** The reason rows must have, or null for any. */
    public ObjectProperty<String> reasonFilterProperty() {
        return reasonFilter;
    }

    /** The column a double-click or Enter copies; -1 when the data has none. */
    public IntegerProperty pathColumnProperty() {
        return pathColumn;
    }

    public ReadOnlyIntegerProperty reasonColumnProperty() {
        return reasonColumn.getReadOnlyProperty();
    }

    /** Distinct reasons with their counts over the whole job, biggest first. */
    public ReadOnlyObjectProperty<List<ReasonCount>> reasonsProperty() {
        return reasons.getReadOnlyProperty();
    }
}

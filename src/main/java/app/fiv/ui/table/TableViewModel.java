package app.fiv.ui.table;

import app.fiv.model.ColumnRoles;
import app.fiv.model.ColumnSet;
import app.fiv.model.FailedItemsTable;
import app.fiv.model.ReasonCount;
import app.fiv.model.RowFilter;
import app.fiv.model.RowOrder;
import app.fiv.model.SortKey;
import app.fiv.ui.common.ErrorMessages;
import app.fiv.ui.common.Notices;
import app.fiv.ui.task.TaskExecutor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;

/**
 * The table being shown and how: its columns, which of them show and in what order, the sort
 * keys, the quick filter and the reason filter, and the column a double-click copies. All of it
 * stays while newer tables of the same columns arrive (the next batch of a download, a refresh);
 * other data starts afresh. The view mirrors this state and forwards what the admin does.
 *
 * <p>Each change starts one background pass over the rows ({@link ShownRows}), so the window never
 * waits on a big table.
 */
public final class TableViewModel {
    private final Notices notices;
    private final ReadOnlyObjectWrapper<FailedItemsTable> table = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ColumnSet> columns = new ReadOnlyObjectWrapper<>(ColumnSet.NONE);
    private final ReadOnlyObjectWrapper<List<SortKey>> sortKeys = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<List<Integer>> visibleColumns = new ReadOnlyObjectWrapper<>(List.of());
    private final ShownRows shown;
    private final ReadOnlyBooleanWrapper complete = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyIntegerWrapper totalCount = new ReadOnlyIntegerWrapper();
    private final StringProperty filterText = new SimpleStringProperty("");
    private final ObjectProperty<String> reasonFilter = new SimpleObjectProperty<>();
    private final IntegerProperty pathColumn = new SimpleIntegerProperty(-1);
    private final ReadOnlyIntegerWrapper reasonColumn = new ReadOnlyIntegerWrapper(-1);
    private final ReasonTally reasons;
    private final StringBinding countText;
    private final ReadOnlyIntegerWrapper knownColumn = new ReadOnlyIntegerWrapper(-1);
    private final BooleanProperty hideKnown = new SimpleBooleanProperty();
    private final ReadOnlyIntegerWrapper changeColumn = new ReadOnlyIntegerWrapper(-1);
    private final ObjectProperty<String> changeFilter = new SimpleObjectProperty<>();

    /**
     * Data with more columns than this shows the first ones; the others are a click away in the
     * column chooser. A table builds its header and cells for every shown column, so a thousand of
     * them would hold up the window for seconds, and no one reads a thousand columns side by side.
     */
    static final int MAX_FIRST_SHOWN = 50;

    public TableViewModel(TaskExecutor executor, Notices notices) {
        this.notices = notices;
        this.shown = new ShownRows(executor, this::passFailed);
        this.reasons = new ReasonTally(executor, notices);
        filterText.addListener((p, old, now) -> update());
        reasonFilter.addListener((p, old, now) -> update());
        hideKnown.addListener((p, old, now) -> update());
        changeFilter.addListener((p, old, now) -> {
            if (table.get() != null && changeColumn.get() >= 0) {
                countReasons(table.get());
            }
            update();
        });
        countText = CountText.of(this, shown.countProperty(), shown.hiddenProperty());
    }

    /**
     * Shows a new or newer table. With the same columns (or more after them) the sort, filters,
     * shown columns and copy column stay, and the rows on screen stay until the new ones are ready,
     * so nothing flickers; other columns start with the data's own defaults.
     *
     * @param whole false while a download is still adding rows
     */
    public void show(FailedItemsTable newTable, boolean whole) {
        show(newTable, whole, -1);
    }

    /**
     * The same, for a table whose column {@code known} marks the known failures (a note, or blank):
     * {@link #hideKnownProperty} hides its marked rows. Columns added before the data's own (the
     * Known column appearing) keep the sort, shown columns and copy column, moved along.
     *
     * @param known the Known column, or -1 for a table without one
     */
    public void show(FailedItemsTable newTable, boolean whole, int known) {
        show(newTable, whole, known, -1);
    }

    /**
     * The same, for a comparison's table: its column {@code change} holds each row's change, which
     * {@link #changeFilterProperty} chooses from (and the failure reasons count the rows chosen).
     *
     * @param changeAt the Change column, or -1 for a table that is no comparison
     */
    public void show(FailedItemsTable newTable, boolean whole, int known, int changeAt) {
        reasons.cancel();
        FailedItemsTable old = table.get();
        ColumnSet set = ColumnSet.of(newTable);
        ColumnSet.Change change = old == null ? ColumnSet.Change.DIFFERENT : set.since(columns.get());
        shown.reset(newTable, change != ColumnSet.Change.DIFFERENT);
        knownColumn.set(known);
        changeColumn.set(changeAt);
        if (changeAt < 0) {
            changeFilter.set(null);
        }
        if (change == ColumnSet.Change.DIFFERENT) {
            reasons.clear();
            sortKeys.set(List.of());
            visibleColumns.set(allColumns(newTable.columnCount()));
            pathColumn.set(ColumnRoles.pathColumn(newTable.columns()).orElse(-1));
        } else if (change == ColumnSet.Change.SHIFTED) {
            shiftColumns(set.shift(columns.get()));
        } else if (change == ColumnSet.Change.GREW) {
            List<Integer> grown = new ArrayList<>(visibleColumns.get());
            for (int added = columns.get().names().size(); added < set.names().size(); added++) {
                if (added < MAX_FIRST_SHOWN) {
                    grown.add(added);
                }
            }
            visibleColumns.set(List.copyOf(grown));
            if (pathColumn.get() < 0) {
                // Not found yet: the columns that named no path (a tab of many jobs before its first rows) grew.
                pathColumn.set(ColumnRoles.pathColumn(newTable.columns()).orElse(-1));
            }
        }
        reasonColumn.set(ColumnRoles.reasonColumn(newTable.columns()).orElse(-1));
        if (reasonColumn.get() < 0) {
            reasonFilter.set(null);
        }
        totalCount.set(newTable.rowCount());
        complete.set(whole);
        table.set(newTable);
        if (change != ColumnSet.Change.SAME) {
            columns.set(set);
        }
        countReasons(newTable);
        update();
    }

    /** Sorts by the keys (an empty list means the server's order). */
    public void sort(List<SortKey> keys) {
        if (table.get() != null && !keys.equals(sortKeys.get())) {
            sortKeys.set(List.copyOf(keys));
            update();
        }
    }

    /** The columns shown, in display order: the quick filter searches them, copy and export write them. */
    public void setVisibleColumns(int[] shownColumns) {
        List<Integer> now = Arrays.stream(shownColumns).boxed().toList();
        if (!now.equals(visibleColumns.get())) {
            visibleColumns.set(now);
            if (!filterText.get().isBlank()) {
                update();
            }
        }
    }

    public int[] visibleColumns() {
        return visibleColumns.get().stream().mapToInt(Integer::intValue).toArray();
    }

    public List<String> visibleColumnNames() {
        return visibleColumns.get().stream().map(c -> table.get().columns().get(c)).toList();
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
        return shown.resolve(selection);
    }

    /** The tab is closed: passes still running stop, and none starts. */
    public void close() {
        shown.cancel();
        reasons.cancel();
        table.set(null);
    }

    private RowFilter currentFilter() {
        String reason = reasonFilter.get();
        int column = reason == null ? -1 : reasonColumn.get();
        String change = changeFilter.get();
        int changeAt = change == null ? -1 : changeColumn.get();
        return new RowFilter(filterText.get(), visibleColumns(), column, reason, changeAt, change);
    }

    private void update() {
        FailedItemsTable current = table.get();
        if (current != null) {
            shown.update(current, sortKeys.get(), currentFilter(), hideKnown.get() ? knownColumn.get() : -1);
        }
    }

    /** The arrows go back to the order really shown, and the admin learns why. */
    private void passFailed(Throwable error) {
        sortKeys.set(shown.sortedKeys());
        notices.error("The rows could not be sorted or filtered: " + ErrorMessages.of(error));
    }

    private void countReasons(FailedItemsTable current) {
        String change = changeFilter.get();
        RowFilter rows = change == null || changeColumn.get() < 0 ? null : RowFilter.only(changeColumn.get(), change);
        reasons.count(current, reasonColumn.get(), rows, counts -> {
            if (reasonFilter.get() != null && counts.stream().noneMatch(c -> c.reason().equals(reasonFilter.get()))) {
                reasonFilter.set(null);
            }
        });
    }

    private static List<Integer> allColumns(int count) {
        return Arrays.stream(RowOrder.natural(Math.min(count, MAX_FIRST_SHOWN))).boxed().toList();
    }

    /** Columns added before (or taken from before) the data's: what was shown moves along with its columns. */
    private void shiftColumns(int by) {
        sortKeys.set(sortKeys.get().stream().filter(key -> key.column() + by >= 0)
                .map(key -> new SortKey(key.column() + by, key.ascending())).toList());
        visibleColumns.set(Stream.concat(IntStream.range(0, Math.max(by, 0)).boxed(),
                visibleColumns.get().stream().map(column -> column + by).filter(column -> column >= 0)).toList());
        pathColumn.set(pathColumn.get() < 0 || pathColumn.get() + by < 0 ? -1 : pathColumn.get() + by);
    }

    public ReadOnlyObjectProperty<FailedItemsTable> tableProperty() {
        return table.getReadOnlyProperty();
    }

    /** The table's shape and column names; changes only when the columns do, not with each newer table. */
    public ReadOnlyObjectProperty<ColumnSet> columnsProperty() {
        return columns.getReadOnlyProperty();
    }

    /** The sort the admin asked for, first key first; empty for the server's order. */
    public ReadOnlyObjectProperty<List<SortKey>> sortKeysProperty() {
        return sortKeys.getReadOnlyProperty();
    }

    /** The columns shown, in display order. */
    public ReadOnlyObjectProperty<List<Integer>> visibleColumnsProperty() {
        return visibleColumns.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ObservableList<Integer>> rowsProperty() {
        return shown.rowsProperty();
    }

    /** True while a sort or filter pass runs. */
    public ReadOnlyBooleanProperty workingProperty() {
        return shown.workingProperty();
    }

    /** False while the table is the rows so far of a download. */
    public ReadOnlyBooleanProperty completeProperty() {
        return complete.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty shownCountProperty() {
        return shown.countProperty();
    }

    public ReadOnlyIntegerProperty totalCountProperty() {
        return totalCount.getReadOnlyProperty();
    }

    /** "50,000 rows", or "1,234 / 50,000 rows" while a filter hides some, "1,234 rows · 56 known hidden". */
    public StringBinding countTextBinding() {
        return countText;
    }

    /** The column of the known failures' notes, or -1 when no rule applies to this table. */
    public ReadOnlyIntegerProperty knownColumnProperty() {
        return knownColumn.getReadOnlyProperty();
    }

    /** Hides the rows marked in the Known column; the count says how many. */
    public BooleanProperty hideKnownProperty() {
        return hideKnown;
    }

    /** How many of the rows the filters keep are hidden as known failures. */
    public ReadOnlyIntegerProperty knownHiddenProperty() {
        return shown.hiddenProperty();
    }

    public StringProperty filterTextProperty() {
        return filterText;
    }

    /** The column of a comparison's change, or -1 when the table is no comparison. */
    public ReadOnlyIntegerProperty changeColumnProperty() {
        return changeColumn.getReadOnlyProperty();
    }

    /** The change rows must have ({@code new}, {@code still failing}, {@code fixed}), or null for any. */
    public ObjectProperty<String> changeFilterProperty() {
        return changeFilter;
    }

    /** The reason rows must have, or null for any. */
    public ObjectProperty<String> reasonFilterProperty() {
        return reasonFilter;
    }

    /** The column a double-click or Enter copies; -1 when the data has none. The admin may choose another. */
    public IntegerProperty pathColumnProperty() {
        return pathColumn;
    }

    public ReadOnlyIntegerProperty reasonColumnProperty() {
        return reasonColumn.getReadOnlyProperty();
    }

    /** Distinct reasons with their counts over the rows so far (the whole job once complete), biggest first. */
    public ReadOnlyObjectProperty<List<ReasonCount>> reasonsProperty() {
        return reasons.reasonsProperty();
    }
}

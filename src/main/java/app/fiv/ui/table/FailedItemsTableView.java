package app.fiv.ui.table;

import app.fiv.model.ColumnRoles;
import app.fiv.model.ColumnSet;
import app.fiv.model.FailedItemsTable;
import app.fiv.model.SortKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.text.Font;
import javafx.util.Subscription;

/**
 * The failed items as a table whose columns come from the data: one column per key of the list
 * shape, or per header of the CSV shape. It mirrors the view-model (columns, sort keys, rows)
 * and forwards what the admin does (sort, hide or move columns); it turns clicks and keys into
 * copy actions and keeps the column layout. Columns are built when the data's columns change,
 * not for each newer table of the same columns.
 */
public final class FailedItemsTableView extends TableView<Integer> {
    private static final KeyCombination SELECT_ALL = new KeyCodeCombination(KeyCode.A, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination COPY = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination ROW_MENU = new KeyCodeCombination(KeyCode.F10, KeyCombination.SHIFT_DOWN);

    /** The widest the Known column starts: room for a short note. */
    private static final double KNOWN_WIDTH = 200;

    private final TableViewModel model;
    private final BooleanProperty allSelected = new SimpleBooleanProperty();
    private final ColumnLayoutKeeper layout;
    private final ContextMenu columnMenu;
    private final InvalidationListener fill = observable -> ColumnSizes.fill(this);
    private Subscription subscriptions;
    private int lastPressedColumn = -1;
    private RowMenu rowMenu;
    private boolean building;
    private boolean replacingRows;

    public FailedItemsTableView(TableViewModel model, CopyActions copy, ColumnLayouts layouts,
                                Consumer<RowSelection> exportRows) {
        this(model, copy, layouts, exportRows, null);
    }

    /** @param markKnown the row menu's Mark as known…, or null for none */
    public FailedItemsTableView(TableViewModel model, CopyActions copy, ColumnLayouts layouts,
                                Consumer<RowSelection> exportRows, Consumer<RowSelection> markKnown) {
        this.model = model;
        this.layout = new ColumnLayoutKeeper(this, layouts);
        this.columnMenu = new ColumnMenu(model).menu();
        setId("failed-items-table");
        // Dense rows of one height (app.css sets it): only the cells of the columns in view are laid out.
        getStyleClass().add("dense");
        getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        Label placeholder = new Label();
        placeholder.textProperty().bind(Bindings.when(model.totalCountProperty().greaterThan(0))
                .then("No rows match the filter. Press Esc in the filter field or click the reason again.")
                .otherwise("This job has no failed items."));
        setPlaceholder(placeholder);
        setTableMenuButtonVisible(true);
        setSortPolicy(view -> {
            // TableView clears its sort order whenever its items are replaced: that is not the admin's doing.
            if (!replacingRows) {
                model.sort(sortKeys());
            }
            return true;
        });
        setColumnResizePolicy(features -> {
            if (features.getColumn() != null) {
                ColumnSizes.markChosen(features.getColumn());
            }
            return UNCONSTRAINED_RESIZE_POLICY.call(features);
        });
        getVisibleLeafColumns().addListener((ListChangeListener<TableColumn<Integer, ?>>) change -> {
            if (!building) {
                model.setVisibleColumns(visibleColumnIndexes());
            }
        });
        getVisibleLeafColumns().addListener(fill);
        widthProperty().addListener(fill);
        // "All shown rows" is a state of its own, so select-all never builds a million selected indexes.
        getSelectionModel().getSelectedIndices().addListener((ListChangeListener<Integer>) change -> {
            if (!getSelectionModel().isEmpty()) {
                allSelected.set(false);
            }
        });
        allSelected.addListener((p, old, all) -> {
            if (all) {
                getStyleClass().add("all-selected");
            } else {
                getStyleClass().remove("all-selected");
            }
        });
        itemsProperty().addListener((p, old, rows) -> {
            if (rows.isEmpty()) {
                allSelected.set(false);
            }
        });
        setRowFactory(view -> row(copy));
        rowMenu = new RowMenu(this, model, copy, exportRows, markKnown);
        setContextMenu(rowMenu.menu());
        addEventFilter(KeyEvent.KEY_PRESSED, event -> keyPressed(event, copy));
        build();
        subscriptions = model.columnsProperty().subscribe(this::columnsChanged)
                .and(model.rowsProperty().subscribe(this::showRows))
                .and(model.sortKeysProperty().subscribe(this::mirrorSort));
    }

    /** The tab closed: the view lets go of the tab's model. */
    public void dispose() {
        subscriptions.unsubscribe();
        layout.stop();
    }

    /** The rows the admin selected: all shown rows after Ctrl+A, else the rows picked, in display order. */
    public RowSelection selection() {
        if (allSelected.get()) {
            return RowSelection.allShownRows();
        }
        List<Integer> indices = new ArrayList<>(getSelectionModel().getSelectedIndices());
        indices.sort(null);
        int[] rows = indices.stream().filter(i -> i >= 0 && i < getItems().size()).mapToInt(i -> getItems().get(i)).toArray();
        return RowSelection.of(rows);
    }

    public void selectAllShown() {
        getSelectionModel().clearSelection();
        allSelected.set(true);
    }

    /** The focused row, or -1. */
    int focusedRow() {
        int index = getFocusModel().getFocusedIndex();
        return index >= 0 && index < getItems().size() ? getItems().get(index) : -1;
    }

    int lastPressedColumn() {
        return lastPressedColumn;
    }

    private void keyPressed(KeyEvent event, CopyActions copy) {
        if (SELECT_ALL.match(event)) {
            selectAllShown();
            event.consume();
        } else if (COPY.match(event)) {
            copy.copyRows(selection());
            event.consume();
        } else if (event.getCode() == KeyCode.ENTER && focusedRow() >= 0) {
            copy.copyPath(focusedRow());
            event.consume();
        } else if (ROW_MENU.match(event) || event.getCode() == KeyCode.CONTEXT_MENU) {
            // JavaFX on Linux makes no context-menu request of these keys: without this the row menu needs a mouse.
            rowMenu.showUnderFocusedRow();
            event.consume();
        }
    }

    private TableRow<Integer> row(CopyActions copy) {
        TableRow<Integer> row = new TableRow<>();
        row.setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2 && !row.isEmpty()) {
                copy.copyPath(row.getItem());
            }
        });
        return row;
    }

    private List<SortKey> sortKeys() {
        List<SortKey> keys = new ArrayList<>();
        for (TableColumn<Integer, ?> column : getSortOrder()) {
            keys.add(new SortKey((Integer) column.getUserData(), column.getSortType() == TableColumn.SortType.ASCENDING));
        }
        return keys;
    }

    /** The rows in their new order, with the arrows of the sort that made it. */
    private void showRows(ObservableList<Integer> rows) {
        replacingRows = true;
        try {
            setItems(rows);
        } finally {
            replacingRows = false;
        }
        mirrorSort(model.sortKeysProperty().get());
    }

    /** Shows the model's sort keys as the columns' arrows; setting them asks the model for what it has. */
    private void mirrorSort(List<SortKey> keys) {
        if (keys.equals(sortKeys())) {
            return;
        }
        List<TableColumn<Integer, ?>> order = new ArrayList<>();
        for (SortKey key : keys) {
            for (TableColumn<Integer, ?> column : getColumns()) {
                if ((Integer) column.getUserData() == key.column()) {
                    column.setSortType(key.ascending() ? TableColumn.SortType.ASCENDING : TableColumn.SortType.DESCENDING);
                    order.add(column);
                }
            }
        }
        getSortOrder().setAll(order);
    }

    private int[] visibleColumnIndexes() {
        return getVisibleLeafColumns().stream().mapToInt(column -> (Integer) column.getUserData()).toArray();
    }

    private void columnsChanged(ColumnSet old, ColumnSet now) {
        if (now.since(old) == ColumnSet.Change.GREW && !getColumns().isEmpty()) {
            append(old.names().size());
        } else {
            build();
        }
    }

    /** New data: new columns, in the remembered layout. */
    private void build() {
        allSelected.set(false);
        FailedItemsTable table = model.tableProperty().get();
        building = true;
        try {
            getSortOrder().clear();
            getColumns().clear();
            if (table == null) {
                return;
            }
            List<TableColumn<Integer, ?>> columns = new ArrayList<>();
            for (int index = 0; index < table.columnCount(); index++) {
                columns.add(column(table, index));
            }
            layout.apply(table, columns);
            // Columns the model does not show at first (beyond the first hundred of wide data) start hidden.
            Set<Integer> shown = new HashSet<>(model.visibleColumnsProperty().get());
            if (table.columnCount() > shown.size()) {
                columns.stream().filter(column -> !shown.contains((Integer) column.getUserData()))
                        .forEach(column -> column.setVisible(false));
            }
        } finally {
            building = false;
        }
        model.setVisibleColumns(visibleColumnIndexes());
        mirrorSort(model.sortKeysProperty().get());
        ColumnSizes.fill(this);
    }

    /** Keys first seen late in a download: their columns join at the end, the others stay as they are. */
    private void append(int from) {
        FailedItemsTable table = model.tableProperty().get();
        List<TableColumn<Integer, ?>> added = new ArrayList<>();
        for (int index = from; index < table.columnCount(); index++) {
            added.add(column(table, index));
        }
        Set<Integer> shown = new HashSet<>(model.visibleColumnsProperty().get());
        building = true;
        try {
            layout.append(added);
            added.stream().filter(column -> !shown.contains((Integer) column.getUserData()))
                    .forEach(column -> column.setVisible(false));
        } finally {
            building = false;
        }
        model.setVisibleColumns(visibleColumnIndexes());
    }

    private TableColumn<Integer, String> column(FailedItemsTable table, int index) {
        String name = table.columns().get(index);
        TableColumn<Integer, String> column = new TableColumn<>(name);
        column.setUserData(index);
        // The model's newest table, read when a cell is drawn: a batch of rows needs no new columns.
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cellText(cell.getValue(), index)));
        boolean change = index == model.changeColumnProperty().get();
        column.setCellFactory(c -> new TextCell(index, pressed -> lastPressedColumn = pressed, change));
        double natural = ColumnWidths.preferred(table, index, Font.getDefault(), index < TableViewModel.MAX_FIRST_SHOWN);
        // A long note must not push the path out of sight; a drag of the edge shows it whole.
        ColumnSizes.setNatural(column, index == model.knownColumnProperty().get() ? Math.min(natural, KNOWN_WIDTH) : natural);
        column.widthProperty().addListener(fill);
        column.setContextMenu(columnMenu);
        if (ColumnRoles.looksLikePath(name)) {
            // Keep both the share and the file name in sight when a long path is cut.
            column.getStyleClass().add("path-column");
        }
        return column;
    }

    private String cellText(Integer row, int column) {
        FailedItemsTable table = model.tableProperty().get();
        return table == null || row == null || row >= table.rowCount() || column >= table.columnCount() ? ""
                : table.cell(row, column);
    }

    @Override
    public String toString() {
        return "FailedItemsTableView" + Arrays.toString(visibleColumnIndexes());
    }
}

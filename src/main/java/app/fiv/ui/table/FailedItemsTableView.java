package app.fiv.ui.table;

import app.fiv.model.ColumnRoles;
import app.fiv.model.FailedItemsTable;
import app.fiv.model.SortKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.ListChangeListener;
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

/**
 * The failed items as a table whose columns come from the data: one column per key of the list
 * shape, or per header of the CSV shape. Sorting and filtering are the view-model's; this view
 * turns clicks and keys into copy actions and keeps the column layout.
 */
public final class FailedItemsTableView extends TableView<Integer> {
    private static final KeyCombination SELECT_ALL = new KeyCodeCombination(KeyCode.A, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination COPY = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN);

    private final TableViewModel model;
    private final BooleanProperty allSelected = new SimpleBooleanProperty();
    private final ColumnLayoutKeeper layout;
    private int lastPressedColumn = -1;

    public FailedItemsTableView(TableViewModel model, CopyActions copy, ColumnLayouts layouts,
                                Consumer<RowSelection> exportRows) {
        this.model = model;
        this.layout = new ColumnLayoutKeeper(this, layouts);
        setId("failed-items-table");
        getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        Label placeholder = new Label();
        placeholder.textProperty().bind(Bindings.when(model.totalCountProperty().greaterThan(0))
                .then("No rows match the filter. Press Esc in the filter field or click the reason again.")
                .otherwise("This job has no failed items."));
        setPlaceholder(placeholder);
        setTableMenuButtonVisible(true);
        itemsProperty().bind(model.rowsProperty());
        model.tableProperty().addListener((property, old, table) -> rebuildColumns(old, table));
        setSortPolicy(view -> {
            model.sort(sortKeys());
            return true;
        });
        getVisibleLeafColumns().addListener((ListChangeListener<TableColumn<Integer, ?>>) change ->
                model.setVisibleColumns(visibleColumnIndexes()));
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
        setContextMenu(new RowMenu(this, model, copy, exportRows).menu());
        addEventFilter(KeyEvent.KEY_PRESSED, event -> keyPressed(event, copy));
        if (model.tableProperty().get() != null) {
            rebuildColumns(null, model.tableProperty().get());
        }
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

    private int[] visibleColumnIndexes() {
        return getVisibleLeafColumns().stream().mapToInt(column -> (Integer) column.getUserData()).toArray();
    }

    /** A refresh of the same data keeps the columns (and their sort arrows); new data gets new ones. */
    private void rebuildColumns(FailedItemsTable old, FailedItemsTable table) {
        allSelected.set(false);
        if (old != null && table != null && old.shape() == table.shape() && old.columns().equals(table.columns())) {
            rebindColumns(table);
            model.sort(sortKeys());
            return;
        }
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
        model.setVisibleColumns(visibleColumnIndexes());
    }

    private void rebindColumns(FailedItemsTable table) {
        for (TableColumn<Integer, ?> column : getColumns()) {
            int index = (Integer) column.getUserData();
            @SuppressWarnings("unchecked")
            TableColumn<Integer, String> text = (TableColumn<Integer, String>) column;
            text.setCellValueFactory(cell -> new ReadOnlyStringWrapper(table.cell(cell.getValue(), index)));
        }
    }

    private TableColumn<Integer, String> column(FailedItemsTable table, int index) {
        String name = table.columns().get(index);
        TableColumn<Integer, String> column = new TableColumn<>(name);
        column.setUserData(index);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(table.cell(cell.getValue(), index)));
        column.setCellFactory(c -> new TextCell(index, pressed -> lastPressedColumn = pressed));
        column.setPrefWidth(ColumnWidths.preferred(table, index));
        column.setContextMenu(new ColumnMenu(column, index, model).menu());
        if (ColumnRoles.looksLikePath(name)) {
            // Keep both the share and the file name in sight when a long path is cut.
            column.getStyleClass().add("path-column");
        }
        return column;
    }

    @Override
    public String toString() {
        return "FailedItemsTableView" + Arrays.toString(visibleColumnIndexes());
    }
}

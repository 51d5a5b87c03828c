package app.fiv.ui.table;

import app.fiv.model.FailedItemsTable;
import app.fiv.model.SortKey;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/**
 * The failed items as a table whose columns come from the data: one column per key of the list
 * shape, or per header of the CSV shape. Sorting is handed to the view-model.
 */
public final class FailedItemsTableView extends TableView<Integer> {
    private static final int WIDTH_SAMPLE = 200;

    public FailedItemsTableView(TableViewModel model) {
        setId("failed-items-table");
        getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        setPlaceholder(new Label("This job has no failed items."));
        itemsProperty().bind(model.rowsProperty());
        model.tableProperty().addListener((property, old, table) -> rebuildColumns(table));
        setSortPolicy(view -> {
            model.sort(sortKeys());
            return true;
        });
    }

    private List<SortKey> sortKeys() {
        List<SortKey> keys = new ArrayList<>();
        for (TableColumn<Integer, ?> column : getSortOrder()) {
            keys.add(new SortKey((Integer) column.getUserData(), column.getSortType() == TableColumn.SortType.ASCENDING));
        }
        return keys;
    }

    private void rebuildColumns(FailedItemsTable table) {
        getSortOrder().clear();
        getColumns().clear();
        if (table == null) {
            return;
        }
        for (int index = 0; index < table.columnCount(); index++) {
            getColumns().add(column(table, index));
        }
    }

    private static TableColumn<Integer, String> column(FailedItemsTable table, int index) {
        TableColumn<Integer, String> column = new TableColumn<>(table.columns().get(index));
        column.setUserData(index);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(table.cell(cell.getValue(), index)));
        column.setPrefWidth(preferredWidth(table, index));
        return column;
    }

    /** Wide enough for typical content, judged from the first rows, within sensible bounds. */
    private static double preferredWidth(FailedItemsTable table, int column) {
        int longest = table.columns().get(column).length();
        for (int row = 0; row < Math.min(WIDTH_SAMPLE, table.rowCount()); row++) {
            longest = Math.max(longest, table.cell(row, column).length());
        }
        return Math.max(90, Math.min(560, longest * 7.0 + 24));
    }
}

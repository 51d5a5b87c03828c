package app.fiv.ui.table;

import app.fiv.model.FailedItemsTable;
import app.fiv.model.SortKey;
import java.util.ArrayList;
import java.util.Arrays;
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
    private static final double MIN_WIDTH = 80;
    private static final double MAX_WIDTH = 480;
    private static final double MAX_PATH_WIDTH = 900;
    private static final double CHARACTER_WIDTH = 6.6;

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
        if (PathColumns.looksLikePath(table.columns().get(index))) {
            // Keep both the share and the file name in sight when a long path is cut.
            column.getStyleClass().add("path-column");
        }
        return column;
    }

    /**
     * Wide enough for most of the column's content, judged from the first rows: long outliers do
     * not push the other columns out of sight, and paths get the most room.
     */
    private static double preferredWidth(FailedItemsTable table, int column) {
        int sampled = Math.min(WIDTH_SAMPLE, table.rowCount());
        int[] lengths = new int[sampled];
        for (int row = 0; row < sampled; row++) {
            lengths[row] = table.cell(row, column).length();
        }
        Arrays.sort(lengths);
        int typical = sampled == 0 ? 0 : lengths[(int) Math.floor((sampled - 1) * 0.9)];
        int characters = Math.max(table.columns().get(column).length() + 2, typical);
        double max = PathColumns.looksLikePath(table.columns().get(column)) ? MAX_PATH_WIDTH : MAX_WIDTH;
        return Math.max(MIN_WIDTH, Math.min(max, characters * CHARACTER_WIDTH + 24));
    }
}

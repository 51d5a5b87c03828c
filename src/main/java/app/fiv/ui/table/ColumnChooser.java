package app.fiv.ui.table;

import javafx.collections.ListChangeListener;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TableColumn;

/** A "Columns" button listing every column with a tick: the column chooser that Tab can reach. */
public final class ColumnChooser extends MenuButton {
    public ColumnChooser(FailedItemsTableView table) {
        super("Columns");
        setId("column-chooser");
        table.getColumns().addListener((ListChangeListener<TableColumn<Integer, ?>>) change -> rebuild(table));
        rebuild(table);
    }

    private void rebuild(FailedItemsTableView table) {
        getItems().clear();
        for (TableColumn<Integer, ?> column : table.getColumns()) {
            CheckMenuItem item = new CheckMenuItem(column.getText());
            item.selectedProperty().bindBidirectional(column.visibleProperty());
            getItems().add(item);
        }
    }
}

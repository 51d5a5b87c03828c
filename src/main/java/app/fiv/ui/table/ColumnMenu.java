package app.fiv.ui.table;

import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableColumn;

/**
 * A column header's menu: make it the column a double-click copies, or hide it. It reads the
 * model when it opens instead of listening to it, so a column that is replaced leaves nothing
 * behind on the tab's model.
 */
final class ColumnMenu {
    private final ContextMenu menu = new ContextMenu();

    ColumnMenu(TableColumn<Integer, String> column, int index, TableViewModel model) {
        CheckMenuItem copies = new CheckMenuItem("Double-click and Enter copy this column");
        copies.setOnAction(event -> {
            if (copies.isSelected()) {
                model.pathColumnProperty().set(index);
            } else {
                copies.setSelected(true);
            }
        });
        MenuItem hide = new MenuItem("Hide column");
        hide.setOnAction(event -> column.setVisible(false));
        menu.getItems().addAll(copies, hide);
        menu.setOnShowing(event -> copies.setSelected(model.pathColumnProperty().get() == index));
    }

    ContextMenu menu() {
        return menu;
    }
}

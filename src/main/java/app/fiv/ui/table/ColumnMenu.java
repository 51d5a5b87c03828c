package app.fiv.ui.table;

import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.skin.TableColumnHeader;

/**
 * The column headers' menu: make a column the one a double-click copies, or hide it. One menu
 * serves every column of a table (wide data has up to a thousand): when it opens it finds the
 * column of the header it opened on, and it reads the model then rather than listening to it,
 * so replaced columns leave nothing behind on the tab's model.
 */
final class ColumnMenu {
    private final ContextMenu menu = new ContextMenu();
    private TableColumnBase<?, ?> column;

    ColumnMenu(TableViewModel model) {
        CheckMenuItem copies = new CheckMenuItem("Double-click and Enter copy this column");
        copies.setOnAction(event -> {
            if (column != null && copies.isSelected()) {
                model.pathColumnProperty().set((Integer) column.getUserData());
            } else {
                copies.setSelected(true);
            }
        });
        MenuItem hide = new MenuItem("Hide column");
        hide.setOnAction(event -> {
            if (column != null) {
                column.setVisible(false);
            }
        });
        menu.getItems().addAll(copies, hide);
        menu.setOnShowing(event -> {
            column = menu.getOwnerNode() instanceof TableColumnHeader header ? header.getTableColumn() : null;
            copies.setSelected(column != null && model.pathColumnProperty().get() == (Integer) column.getUserData());
        });
        menu.setOnHidden(event -> column = null);
    }

    ContextMenu menu() {
        return menu;
    }
}

package app.fiv.ui.table;

import java.util.function.Consumer;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TableRow;

/** The rows' context menu: copy the path, the cell or the rows, export the selection, or mark it as known. */
final class RowMenu {
    private final ContextMenu menu = new ContextMenu();
    private final FailedItemsTableView view;

    /** @param markKnown opens the rule dialog for the selection; null for a table without known failures */
    RowMenu(FailedItemsTableView view, TableViewModel model, CopyActions copy, Consumer<RowSelection> exportRows,
            Consumer<RowSelection> markKnown) {
        this.view = view;
        MenuItem path = new MenuItem("Copy path");
        path.setId("menu-copy-path");
        path.setOnAction(event -> {
            if (view.focusedRow() >= 0) {
                copy.copyPath(view.focusedRow());
            }
        });
        path.disableProperty().bind(model.pathColumnProperty().lessThan(0));
        MenuItem cell = new MenuItem("Copy cell");
        cell.setId("menu-copy-cell");
        cell.setOnAction(event -> {
            if (view.focusedRow() >= 0 && view.lastPressedColumn() >= 0) {
                copy.copyCell(view.focusedRow(), view.lastPressedColumn());
            }
        });
        MenuItem rows = new MenuItem("Copy rows (Ctrl+C)");
        rows.setId("menu-copy-rows");
        // Shown, not registered: Ctrl+C belongs to whichever control has the focus.
        rows.setOnAction(event -> copy.copyRows(view.selection()));
        MenuItem all = new MenuItem("Select all shown rows");
        all.setOnAction(event -> view.selectAllShown());
        MenuItem export = new MenuItem("Export selected rows…");
        export.setId("menu-export-selected");
        export.setOnAction(event -> exportRows.accept(view.selection()));
        menu.getItems().addAll(path, cell, rows, new SeparatorMenuItem(), all, export);
        if (markKnown != null) {
            MenuItem known = new MenuItem("Mark as known…");
            known.setId("menu-mark-known");
            known.setOnAction(event -> markKnown.accept(view.selection()));
            menu.getItems().addAll(new SeparatorMenuItem(), known);
        }
        menu.setOnShowing(event -> cell.setDisable(view.lastPressedColumn() < 0));
    }

    /** Shift+F10 or the menu key: the menu under the focused row (or at the table's top), as a right-click there shows it. */
    void showUnderFocusedRow() {
        int focused = view.getFocusModel().getFocusedIndex();
        Node anchor = view.lookupAll(".table-row-cell").stream()
                .filter(node -> node instanceof TableRow<?> row && row.getIndex() == focused && row.isVisible())
                .findFirst().orElse(view);
        Bounds bounds = anchor.localToScreen(anchor.getBoundsInLocal());
        if (bounds != null) {
            menu.show(view, bounds.getMinX() + 24, anchor == view ? bounds.getMinY() + 24 : bounds.getMaxY());
        }
    }

    ContextMenu menu() {
        return menu;
    }
}

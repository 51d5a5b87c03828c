package app.fiv.ui.table;

import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/**
 * Which widths the admin chose and which the app worked out, and the room left over: the last
 * visible column takes it, unless the admin sized that column by hand. A width the admin chose
 * (by dragging, or remembered from an earlier run) is never changed by the app.
 */
final class ColumnSizes {
    private static final String CHOSEN = "fiv.width.chosen";
    private static final String NATURAL = "fiv.width.natural";
    /** Room for the vertical scroll bar and the borders, so filling never makes a horizontal one appear. */
    private static final double SLACK = 22;

    private ColumnSizes() {
    }

    /** The admin dragged the column's edge. */
    static void markChosen(TableColumn<?, ?> column) {
        column.getProperties().put(CHOSEN, Boolean.TRUE);
    }

    static boolean isChosen(TableColumn<?, ?> column) {
        return Boolean.TRUE.equals(column.getProperties().get(CHOSEN));
    }

    /** The width the app worked out from the content. */
    static void setNatural(TableColumn<?, ?> column, double width) {
        column.getProperties().put(NATURAL, width);
        column.setPrefWidth(width);
    }

    /** Lets the last visible column take the width no other column uses. */
    static void fill(TableView<?> table) {
        var visible = table.getVisibleLeafColumns();
        if (visible.isEmpty() || table.getWidth() <= 0) {
            return;
        }
        TableColumn<?, ?> last = visible.get(visible.size() - 1);
        if (isChosen(last) || !(last.getProperties().get(NATURAL) instanceof Double natural)) {
            return;
        }
        double used = 0;
        for (int i = 0; i < visible.size() - 1; i++) {
            used += visible.get(i).getWidth();
        }
        double room = table.getWidth() - table.snappedLeftInset() - table.snappedRightInset() - SLACK - used;
        double width = Math.max(natural, Math.floor(room));
        if (Math.abs(last.getPrefWidth() - width) >= 1) {
            last.setPrefWidth(width);
        }
    }
}

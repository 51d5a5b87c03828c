package app.fiv.ui.common;

import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The grid of a form: labels and fixed fields never squeezed to "...", the last column taking the room left. */
public final class FormGrid {
    private FormGrid() {
    }

    /** @param fixedColumns how many columns come before the one that grows */
    public static GridPane create(int fixedColumns) {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(6);
        for (int i = 0; i < fixedColumns; i++) {
            ColumnConstraints fixed = new ColumnConstraints();
            fixed.setMinWidth(Region.USE_PREF_SIZE);
            grid.getColumnConstraints().add(fixed);
        }
        ColumnConstraints growing = new ColumnConstraints();
        growing.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().add(growing);
        return grid;
    }
}

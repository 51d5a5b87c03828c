package app.fiv.ui.table;

import app.fiv.model.FailedItemsTable;
import app.fiv.model.Shape;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.animation.PauseTransition;
import javafx.beans.InvalidationListener;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.util.Duration;

/**
 * Puts the columns in the remembered order, widths and visibility for the data's shape, and
 * remembers the admin's changes a moment after the last one (a drag changes a width many times).
 * Only widths the admin chose are remembered; the app's own sizing is worked out afresh each time.
 */
final class ColumnLayoutKeeper {
    private final TableView<Integer> view;
    private final ColumnLayouts layouts;
    private final PauseTransition pending = new PauseTransition(Duration.millis(400));
    private final InvalidationListener changed = observable -> pending.playFromStart();
    private Shape shape;

    ColumnLayoutKeeper(TableView<Integer> view, ColumnLayouts layouts) {
        this.view = view;
        this.layouts = layouts;
        pending.setOnFinished(event -> save());
        view.getColumns().addListener(changed);
    }

    /** Arranges new columns as remembered and puts them in the view. */
    void apply(FailedItemsTable table, List<TableColumn<Integer, ?>> columns) {
        shape = table.shape();
        ColumnLayout layout = layouts.load(shape);
        Map<String, TableColumn<Integer, ?>> byName = new HashMap<>();
        columns.forEach(column -> byName.put(column.getText(), column));
        List<TableColumn<Integer, ?>> arranged = new ArrayList<>();
        for (String name : layout.arrange(table.columns())) {
            TableColumn<Integer, ?> column = byName.get(name);
            remembered(layout, column);
            arranged.add(column);
        }
        // Never hide every column: a table without columns cannot be got back from its menu.
        if (arranged.stream().noneMatch(TableColumn::isVisible)) {
            arranged.forEach(column -> column.setVisible(true));
        }
        view.getColumns().setAll(arranged);
        pending.stop();
    }

    /** Adds columns that appeared later in a download, after the others, as remembered. */
    void append(List<TableColumn<Integer, ?>> columns) {
        ColumnLayout layout = layouts.load(shape);
        columns.forEach(column -> remembered(layout, column));
        view.getColumns().addAll(columns);
    }

    void stop() {
        pending.stop();
    }

    private void remembered(ColumnLayout layout, TableColumn<Integer, ?> column) {
        Double width = layout.widths().get(column.getText());
        if (width != null && width >= 20) {
            column.setPrefWidth(width);
            ColumnSizes.markChosen(column);
        }
        column.setVisible(!layout.hidden().contains(column.getText()));
        column.widthProperty().addListener(changed);
        column.visibleProperty().addListener(changed);
    }

    private void save() {
        if (shape == null || view.getColumns().isEmpty()) {
            return;
        }
        List<String> order = new ArrayList<>();
        Map<String, Double> widths = new HashMap<>();
        Set<String> hidden = new HashSet<>();
        for (TableColumn<Integer, ?> column : view.getColumns()) {
            order.add(column.getText());
            if (ColumnSizes.isChosen(column)) {
                widths.put(column.getText(), Math.rint(column.getWidth()));
            }
            if (!column.isVisible()) {
                hidden.add(column.getText());
            }
        }
        layouts.save(shape, layouts.load(shape).merge(order, widths, hidden));
    }
}

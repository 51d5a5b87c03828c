package app.fiv.ui.tabs;

import app.fiv.ui.table.ColumnChooser;
import app.fiv.ui.table.FailedItemsTableView;
import app.fiv.ui.table.RowSelection;
import app.fiv.ui.table.TableViewModel;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** Above the table: the quick filter, the chosen reason, Hide known, the column chooser, export and refresh. */
final class FilterBar extends HBox {
    private final TextField filter = new TextField();
    private final TableViewModel model;
    private final ToggleButton hideKnown;

    FilterBar(JobTab tab, FailedItemsTableView table, Runnable refresh) {
        super(8);
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(6, 10, 6, 10));
        getStyleClass().add("filter-bar");
        model = tab.table();

        filter.setId("quick-filter");
        filter.setPromptText("Filter rows (Ctrl+F)");
        filter.setPrefColumnCount(28);
        filter.textProperty().bindBidirectional(model.filterTextProperty());
        filter.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ESCAPE && !filter.getText().isEmpty()) {
                filter.clear();
                event.consume();
            } else if (event.getCode() == KeyCode.DOWN || event.getCode() == KeyCode.ENTER) {
                table.requestFocus();
                if (table.getFocusModel().getFocusedIndex() < 0 && !table.getItems().isEmpty()) {
                    table.getFocusModel().focus(0);
                }
                event.consume();
            }
        });
        Label label = new Label("Fil_ter:");
        label.setMnemonicParsing(true);
        label.setLabelFor(filter);

        Button reason = new Button();
        reason.setId("reason-chip");
        reason.getStyleClass().add("reason-chip");
        reason.textProperty().bind(Bindings.createStringBinding(() -> model.reasonFilterProperty().get() == null ? ""
                : "Reason: " + model.reasonFilterProperty().get() + "  ✕", model.reasonFilterProperty()));
        reason.visibleProperty().bind(model.reasonFilterProperty().isNotNull());
        reason.managedProperty().bind(reason.visibleProperty());
        reason.setMaxWidth(360);
        reason.setOnAction(event -> model.reasonFilterProperty().set(null));

        ToggleButton hideKnown = new ToggleButton("Hide known");
        hideKnown.setId("hide-known");
        hideKnown.setTooltip(new Tooltip("Leave out the rows that are known failures (Job ▸ Known failures…);"
                + " the status bar counts them"));
        hideKnown.selectedProperty().bindBidirectional(model.hideKnownProperty());
        hideKnown.visibleProperty().bind(model.knownColumnProperty().greaterThanOrEqualTo(0));
        hideKnown.managedProperty().bind(hideKnown.visibleProperty());
        this.hideKnown = hideKnown;

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);

        MenuItem exportAll = new MenuItem("Export all shown rows…");
        exportAll.setOnAction(event -> tab.export(RowSelection.allShownRows()));
        MenuItem exportSelected = new MenuItem("Export selected rows…");
        exportSelected.setOnAction(event -> tab.export(table.selection()));
        MenuButton export = new MenuButton("Export", null, exportAll, exportSelected);
        export.setId("export-button");

        Button reload = new Button("Refresh");
        reload.setId("refresh");
        reload.setOnAction(event -> refresh.run());

        getChildren().addAll(label, filter, reason, hideKnown, spacer, new ColumnChooser(table), export, reload);
    }

    void dispose() {
        filter.textProperty().unbindBidirectional(model.filterTextProperty());
        hideKnown.selectedProperty().unbindBidirectional(model.hideKnownProperty());
        hideKnown.visibleProperty().unbind();
    }

    void focusFilter() {
        filter.requestFocus();
        filter.selectAll();
    }
}

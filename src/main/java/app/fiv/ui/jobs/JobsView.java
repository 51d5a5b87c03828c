package app.fiv.ui.jobs;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The jobs view: the toolbar, the line that says what is listed, the jobs, the selected job in
 * full (its reason need not fit its column) and a hint below them. Enter or a double-click on a job
 * opens its failed items.
 */
public final class JobsView extends BorderPane {
    private final JobsTable table;
    private final JobsToolbar toolbar;

    /** @param hint words below the list (e.g. which demo jobs there are), or empty for none */
    public JobsView(JobsViewModel model, JobsColumnLayout columns, ObservableStringValue hint) {
        setId("jobs-view");
        getStyleClass().add("jobs-view");
        table = new JobsTable(model, columns);
        toolbar = new JobsToolbar(model, table);
        Label listed = new Label();
        listed.setId("jobs-listed");
        listed.getStyleClass().add("jobs-muted");
        listed.textProperty().bind(model.listedTextBinding());
        listed.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(listed, Priority.ALWAYS);
        HBox status = new HBox(8, listed, toolbar.progress());
        status.setAlignment(Pos.CENTER_LEFT);
        status.setPadding(new Insets(0, 10, 6, 10));
        status.setMinHeight(30);
        status.getStyleClass().add("jobs-status");
        setTop(new VBox(toolbar, status));
        setCenter(table);
        Label selected = new Label();
        selected.setId("jobs-selected");
        selected.getStyleClass().add("jobs-selected");
        selected.setWrapText(true);
        selected.setMaxWidth(Double.MAX_VALUE);
        selected.setPadding(new Insets(6, 10, 6, 10));
        table.getSelectionModel().selectedItemProperty().subscribe(row -> {
            selected.setText(row == null ? "" : JobsText.describe(row));
            selected.setGraphic(row == null ? null : StatusIcons.of(row.kind()));
        });
        selected.visibleProperty().bind(Bindings.isNotEmpty(selected.textProperty()));
        selected.managedProperty().bind(selected.visibleProperty());
        Label below = new Label();
        below.setId("welcome");
        below.getStyleClass().add("jobs-muted");
        below.setWrapText(true);
        below.setPadding(new Insets(6, 10, 6, 10));
        below.textProperty().bind(hint);
        below.visibleProperty().bind(Bindings.isNotEmpty(hint));
        below.managedProperty().bind(below.visibleProperty());
        setBottom(new VBox(selected, below));
    }

    /** Ctrl+J: the keyboard goes to the list. */
    public void focusList() {
        table.focusList();
    }

    /** Ctrl+F while the jobs are shown. */
    public void focusFilter() {
        toolbar.focusFilter();
    }

    public void dispose() {
        table.dispose();
        toolbar.dispose();
    }
}

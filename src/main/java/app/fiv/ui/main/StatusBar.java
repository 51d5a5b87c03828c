package app.fiv.ui.main;

import app.fiv.ui.tabs.JobTab;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * What is going on (messages, progress) and how many rows the selected job shows of how many, or,
 * while the jobs view is shown, how many jobs it shows of how many.
 */
final class StatusBar extends HBox {
    private final Label rows = new Label();
    private final BooleanProperty tableWorking = new SimpleBooleanProperty();
    private final MainViewModel model;

    StatusBar(MainViewModel model) {
        super(10);
        this.model = model;
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(4, 10, 4, 10));
        getStyleClass().add("status-bar");
        Label message = new Label();
        message.setId("status-message");
        message.textProperty().bind(model.messages().statusProperty());
        message.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(message, Priority.ALWAYS);

        ProgressBar progress = new ProgressBar();
        progress.setId("progress");
        progress.setPrefWidth(140);
        // Exports know how far they are; fetches, sorts and filters do not.
        progress.progressProperty().bind(Bindings.when(model.exporter().busyProperty())
                .then(model.exporter().progressProperty()).otherwise(ProgressBar.INDETERMINATE_PROGRESS));
        progress.visibleProperty().bind(model.busyBinding().or(tableWorking).or(model.exporter().busyProperty()));
        progress.managedProperty().bind(progress.visibleProperty());
        Button cancelExport = new Button("Cancel export");
        cancelExport.setId("cancel-export");
        cancelExport.setOnAction(event -> model.exporter().cancel());
        cancelExport.visibleProperty().bind(model.exporter().busyProperty());
        cancelExport.managedProperty().bind(cancelExport.visibleProperty());

        rows.setId("row-count");
        // A long message is cut, never the count beside it (nor the Cancel button).
        rows.setMinWidth(Region.USE_PREF_SIZE);
        cancelExport.setMinWidth(Region.USE_PREF_SIZE);
        model.selectedTabProperty().addListener((p, old, tab) -> follow(tab));
        follow(model.selectedTabProperty().get());
        getChildren().addAll(message, progress, cancelExport, rows);
    }

    private void follow(JobTab tab) {
        rows.textProperty().unbind();
        tableWorking.unbind();
        if (tab == null) {
            // The jobs view shows its own progress, with its Cancel.
            rows.textProperty().bind(model.jobs().countTextBinding());
            tableWorking.set(false);
        } else {
            rows.textProperty().bind(tab.table().countTextBinding());
            tableWorking.bind(tab.table().workingProperty());
        }
    }
}

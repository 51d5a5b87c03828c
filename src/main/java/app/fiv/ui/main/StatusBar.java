package app.fiv.ui.main;

import app.fiv.ui.job.Sizes;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/** What is going on (messages, progress) and how many rows the table holds. */
final class StatusBar extends HBox {
    StatusBar(MainViewModel model) {
        super(10);
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(4, 10, 4, 10));
        getStyleClass().add("status-bar");
        Label message = new Label();
        message.setId("status-message");
        message.textProperty().bind(model.statusProperty());
        message.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(message, Priority.ALWAYS);
        ProgressBar progress = new ProgressBar(ProgressBar.INDETERMINATE_PROGRESS);
        progress.setPrefWidth(140);
        progress.visibleProperty().bind(model.busyProperty().or(model.table().sortingProperty()));
        progress.managedProperty().bind(progress.visibleProperty());
        Label rows = new Label();
        rows.setId("row-count");
        rows.textProperty().bind(Bindings.createStringBinding(
                () -> model.table().tableProperty().get() == null ? ""
                        : Sizes.count(model.table().rowsProperty().get().size()) + " rows",
                model.table().rowsProperty(), model.table().tableProperty()));
        getChildren().addAll(message, progress, rows);
    }
}

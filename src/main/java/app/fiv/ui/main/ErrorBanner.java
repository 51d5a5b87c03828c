package app.fiv.ui.main;

import app.fiv.ui.common.StatusMessages;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/** The last error, in words, above the table; the table below it stays as it was. */
final class ErrorBanner extends HBox {
    ErrorBanner(StatusMessages model) {
        super(8);
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(6, 10, 6, 10));
        getStyleClass().add("error-banner");
        Label message = new Label();
        message.setId("error-message");
        message.setWrapText(true);
        message.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(message, Priority.ALWAYS);
        message.textProperty().bind(model.errorProperty());
        Button dismiss = new Button("Dismiss");
        dismiss.setOnAction(event -> model.dismissError());
        getChildren().addAll(message, dismiss);
        visibleProperty().bind(Bindings.isNotEmpty(model.errorProperty()));
        managedProperty().bind(visibleProperty());
    }
}

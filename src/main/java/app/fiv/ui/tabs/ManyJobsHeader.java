package app.fiv.ui.tabs;

import app.fiv.multijob.ManyJobsTable;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;

/**
 * Above a table of many jobs: how many, which, how far the reading is, and the jobs that could
 * not be read with a Retry that fetches only those (their rows join the others').
 */
final class ManyJobsHeader extends VBox {
    private final Label title = new Label();
    private final Label details = new Label();
    private final Label failures = new Label();
    private final Tooltip why = new Tooltip();
    private final Subscription subscription;

    ManyJobsHeader(ManyJobsModel model) {
        super(2);
        setPadding(new Insets(6, 10, 6, 10));
        getStyleClass().add("job-header");
        title.getStyleClass().addAll("job-title", "title-4");
        title.setId("job-title");
        title.textProperty().bind(model.titleBinding());
        details.setId("job-details");
        details.getStyleClass().add("job-details");
        details.setWrapText(true);
        failures.setId("jobs-failed");
        failures.getStyleClass().add("jobs-failed");
        failures.setWrapText(true);
        failures.textProperty().bind(model.failuresBinding());
        failures.setTooltip(why);
        Button retry = new Button("Retry");
        retry.setId("jobs-retry");
        retry.getStyleClass().add("small");
        retry.setTooltip(new Tooltip("Fetch the jobs that could not be read again; their rows join the others'."));
        retry.setOnAction(event -> model.retry());
        retry.disableProperty().bind(model.runningProperty());
        HBox failed = new HBox(8, failures, retry);
        failed.setAlignment(Pos.CENTER_LEFT);
        failed.visibleProperty().bind(Bindings.isNotEmpty(model.failuresBinding()));
        failed.managedProperty().bind(failed.visibleProperty());
        Button cancel = new Button("Cancel");
        cancel.setId("jobs-fetch-cancel");
        cancel.getStyleClass().add("small");
        cancel.setOnAction(event -> model.cancel());
        cancel.visibleProperty().bind(model.runningProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        HBox line = new HBox(8, details, cancel);
        line.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(title, line, failed);
        subscription = model.stateProperty().subscribe(this::show);
    }

    void dispose() {
        subscription.unsubscribe();
        title.textProperty().unbind();
        failures.textProperty().unbind();
    }

    private void show(ManyJobsTable jobs) {
        details.setText(jobs == null ? "" : ManyJobsModel.details(jobs));
        why.setText(jobs == null ? "" : ManyJobsModel.failureMessages(jobs));
    }
}

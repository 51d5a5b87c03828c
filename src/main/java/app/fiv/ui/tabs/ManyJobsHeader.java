package app.fiv.ui.tabs;

import app.fiv.multijob.ManyJobsTable;
import app.fiv.ui.compare.JobComparison;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
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

    ManyJobsHeader(ManyJobsModel model, JobComparison comparison) {
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
        line.getChildren().add(compareButton(comparison));
        line.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(title, line, failed);
        subscription = model.stateProperty().subscribe(this::show);
    }

    /** Each job with its own previous run; the one-job comparisons say in the tooltip why they are not here. */
    private static MenuButton compareButton(JobComparison comparison) {
        MenuItem previous = new MenuItem("Compare with previous runs (Ctrl+Shift+P)");
        previous.setId("compare-previous");
        previous.setOnAction(event -> comparison.withPrevious());
        MenuItem stop = new MenuItem("Stop comparing");
        stop.setId("compare-stop");
        stop.setOnAction(event -> comparison.stop());
        stop.disableProperty().bind(comparison.phaseProperty().isEqualTo(JobComparison.Phase.OFF));
        MenuButton button = new MenuButton("Compare", null, previous, stop);
        button.setId("compare-button");
        button.setMinWidth(USE_PREF_SIZE);
        Tooltip tip = new Tooltip("What is new, still failing or fixed since each job's previous run. Compare with "
                + "job… and the trend of a subclient's runs are for one job: open the job alone for those.");
        tip.setWrapText(true);
        tip.setMaxWidth(420);
        button.setTooltip(tip);
        button.disableProperty().bind(comparison.availableProperty().not());
        return button;
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

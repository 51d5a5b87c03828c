package app.fiv.ui.main;

import app.fiv.ui.job.JobSummaryText;
import app.fiv.ui.job.LoadedJob;
import java.time.ZoneId;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** The fetched job's summary above the table. */
final class JobHeader extends VBox {
    JobHeader(MainViewModel model) {
        super(2);
        setPadding(new Insets(6, 10, 6, 10));
        getStyleClass().add("job-header");
        Label title = new Label();
        title.setId("job-title");
        title.getStyleClass().add("job-title");
        Label details = new Label();
        details.setId("job-details");
        details.setWrapText(true);
        getChildren().addAll(title, details);
        JobSummaryText text = new JobSummaryText(ZoneId.systemDefault());
        model.jobProperty().addListener((property, old, job) -> show(job, text, title, details));
        visibleProperty().bind(model.jobProperty().isNotNull());
        managedProperty().bind(visibleProperty());
    }

    private static void show(LoadedJob job, JobSummaryText text, Label title, Label details) {
        title.setText(job == null ? "" : text.title(job.summary()));
        details.setText(job == null ? "" : text.details(job));
    }
}

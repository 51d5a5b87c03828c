package app.fiv.ui.tabs;

import app.fiv.ui.job.JobSummaryText;
import app.fiv.jobs.LoadedJob;
import java.time.ZoneId;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;

/** The job's summary above its table: status, client, times, and failed counts next to rows fetched. */
final class JobHeader extends VBox {
    private final JobSummaryText text = new JobSummaryText(ZoneId.systemDefault());
    private final Label title = new Label();
    private final Label details = new Label();
    private final Subscription subscription;

    JobHeader(JobTab tab) {
        super(2);
        setPadding(new Insets(6, 10, 6, 10));
        getStyleClass().add("job-header");
        title.getStyleClass().addAll("job-title", "title-4");
        title.setId("job-title");
        details.setId("job-details");
        details.getStyleClass().add("job-details");
        details.setWrapText(true);
        getChildren().addAll(title, details);
        subscription = tab.jobProperty().subscribe(this::show);
    }

    void dispose() {
        subscription.unsubscribe();
    }

    private void show(LoadedJob job) {
        title.setText(job == null ? "" : text.title(job.summary()));
        details.setText(job == null ? "" : text.details(job));
    }
}

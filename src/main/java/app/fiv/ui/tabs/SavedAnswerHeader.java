package app.fiv.ui.tabs;

import app.fiv.jobs.LoadedJob;
import app.fiv.ui.job.Sizes;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;

/** Above a saved answer's table: which file it is, how much it held, and when it was read. */
final class SavedAnswerHeader extends VBox {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final Label title = new Label();
    private final Label details = new Label();
    private final Subscription subscription;

    SavedAnswerHeader(JobTab tab) {
        super(2);
        setPadding(new Insets(6, 10, 6, 10));
        getStyleClass().add("job-header");
        title.getStyleClass().addAll("job-title", "title-4");
        title.setId("job-title");
        details.setId("job-details");
        details.getStyleClass().add("job-details");
        details.setWrapText(true);
        getChildren().addAll(title, details);
        subscription = tab.jobProperty().subscribe(job -> show(tab, job));
    }

    void dispose() {
        subscription.unsubscribe();
    }

    private void show(JobTab tab, LoadedJob job) {
        title.setText("Saved answer " + tab.savedAnswer().getFileName());
        details.setText(job == null ? "" : tab.savedAnswer().toAbsolutePath() + "  ·  " + Sizes.count(job.items().rowCount())
                + " failed items  ·  " + Sizes.bytes(job.bytes()) + "  ·  read " + TIME.format(LocalDateTime.now())
                + "  ·  no CommServe: F5 reads the file again");
    }
}

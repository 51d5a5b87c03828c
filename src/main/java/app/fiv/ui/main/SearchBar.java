package app.fiv.ui.main;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The job ID field, the Fetch and Cancel buttons, and who is logged in where. */
final class SearchBar extends HBox {
    static final String JOB_ID_FIELD = "job-id";

    private final TextField jobId = new TextField();

    SearchBar(MainViewModel model, Runnable logIn) {
        super(8);
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(8, 10, 8, 10));
        getStyleClass().add("search-bar");

        jobId.setId(JOB_ID_FIELD);
        jobId.setPromptText("e.g. 1001");
        jobId.setPrefColumnCount(12);
        jobId.setTextFormatter(new TextFormatter<>(SearchBar::digitsOnly));
        jobId.textProperty().bindBidirectional(model.jobIdTextProperty());
        jobId.setOnAction(event -> model.search());
        Label label = new Label("_Job ID:");
        label.setMnemonicParsing(true);
        label.setLabelFor(jobId);

        Button fetch = new Button("Fetch failed items");
        fetch.setId("fetch");
        fetch.setOnAction(event -> model.search());
        fetch.disableProperty().bind(model.jobIdTextProperty().isEmpty());
        Button cancel = new Button("Cancel");
        cancel.setId("cancel-fetch");
        cancel.setOnAction(event -> model.cancel());
        cancel.visibleProperty().bind(model.busyProperty());
        cancel.managedProperty().bind(model.busyProperty());

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label connection = new Label();
        connection.setId("connection");
        connection.getStyleClass().add("connection");
        connection.textProperty().bind(model.connectionBinding());
        Button login = new Button("Log in…");
        login.setId("open-login");
        login.setOnAction(event -> logIn.run());

        getChildren().addAll(label, jobId, fetch, cancel, spacer, connection, login);
    }

    void focusJobId() {
        jobId.requestFocus();
        jobId.selectAll();
    }

    /**
     * Job IDs are digits: typed letters are dropped, and pasted text such as "Job ID: 1234" keeps
     * only its digits, so what the admin sees is what will be fetched.
     */
    private static TextFormatter.Change digitsOnly(TextFormatter.Change change) {
        if (!change.isContentChange()) {
            return change;
        }
        String inserted = change.getText();
        String digits = inserted.replaceAll("[^0-9]", "");
        if (!digits.equals(inserted)) {
            change.setText(digits);
            change.setCaretPosition(change.getRangeStart() + digits.length());
            change.setAnchor(change.getCaretPosition());
        }
        return change.getControlNewText().length() > 10 ? null : change;
    }
}

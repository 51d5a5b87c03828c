package app.fiv.ui.main;

import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.controlsfx.control.textfield.AutoCompletionBinding;
import org.controlsfx.control.textfield.TextFields;

/** The job ID field, the Fetch and Cancel buttons, and who is logged in where. */
final class SearchBar extends HBox {
    static final String JOB_ID_FIELD = "job-id";

    private final TextField jobId = new TextField();
    // ControlsFX asks for suggestions on a thread of its own, so it reads an immutable copy.
    private volatile List<String> recent = List.of();

    SearchBar(MainViewModel main, Runnable logIn) {
        super(8);
        JobFetchViewModel model = main.fetch();
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(8, 10, 8, 10));
        getStyleClass().add("search-bar");

        jobId.setId(JOB_ID_FIELD);
        jobId.setPromptText("e.g. 1001");
        jobId.setPrefColumnCount(12);
        jobId.setTextFormatter(new TextFormatter<>(SearchBar::digitsOnly));
        jobId.textProperty().bindBidirectional(model.jobIdTextProperty());
        jobId.setOnAction(event -> model.search());
        recent = model.recentJobIdsProperty().get();
        model.recentJobIdsProperty().addListener((p, old, now) -> recent = now);
        AutoCompletionBinding<String> completion =
                TextFields.bindAutoCompletion(jobId, request -> suggestions(recent, request.getUserText()));
        completion.setOnAutoCompleted(event -> model.search());
        // Suggestions arrive a moment after each keystroke; a stale list must not catch the Enter
        // meant for the ID just typed, so it goes as soon as the text changes.
        jobId.textProperty().addListener((p, old, now) -> completion.getAutoCompletionPopup().hide());
        Label label = new Label("Job _ID:");
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
        connection.textProperty().bind(main.session().connectionBinding());
        Button login = new Button("Log in…");
        login.setId("open-login");
        login.setOnAction(event -> logIn.run());

        getChildren().addAll(label, jobId, fetch, cancel, spacer, connection, login);
    }

    void focusJobId() {
        jobId.requestFocus();
        jobId.selectAll();
    }

    /** Recently fetched job IDs that start with what was typed, newest first. */
    static List<String> suggestions(List<String> recent, String typed) {
        String prefix = typed == null ? "" : typed.strip();
        return recent.stream().filter(id -> id.startsWith(prefix) && !id.equals(prefix)).toList();
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

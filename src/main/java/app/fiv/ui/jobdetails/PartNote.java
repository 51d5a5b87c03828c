package app.fiv.ui.jobdetails;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.util.Subscription;

/** The line above a part: loading, why it cannot load (with Retry), or the note of a server without it. */
final class PartNote extends HBox {
    private final Label text = new Label();
    private final Button retry = new Button("Retry");
    private final Subscription subscription;

    PartNote(LoadedPart<?> part, String idPrefix) {
        super(8);
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(6, 10, 6, 10));
        getStyleClass().add("part-note");
        text.setId(idPrefix + "-note");
        text.setWrapText(true);
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
        retry.setId(idPrefix + "-retry");
        retry.setOnAction(event -> part.load());
        getChildren().addAll(text, retry);
        subscription = part.noteProperty().subscribe(note -> show(part))
                .and(part.stateProperty().subscribe(state -> show(part)));
    }

    private void show(LoadedPart<?> part) {
        PartState state = part.stateProperty().get();
        text.setText(part.noteProperty().get());
        getStyleClass().removeAll("part-problem", "part-unavailable");
        if (state == PartState.FAILED) {
            getStyleClass().add("part-problem");
        } else if (state == PartState.UNAVAILABLE) {
            getStyleClass().add("part-unavailable");
        }
        boolean retryable = state == PartState.FAILED || state == PartState.NEEDS_LOGIN;
        retry.setVisible(retryable);
        retry.setManaged(retryable);
        boolean shown = !part.noteProperty().get().isEmpty();
        setVisible(shown);
        setManaged(shown);
    }

    void dispose() {
        subscription.unsubscribe();
    }
}

package app.fiv.ui.common;

import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Asks a {@link TextQuestion}: a field, what is wrong with its text while anything is, and OK once nothing is. */
final class TextQuestionDialog extends Dialog<String> {
    TextQuestionDialog(Window owner, TextQuestion question) {
        initOwner(owner);
        if (owner != null && owner.getScene() != null) {
            getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        setTitle(question.title());
        setHeaderText(question.header());
        TextField field = new TextField(question.initial());
        field.setId("text-question-field");
        field.setPrefColumnCount(18);
        Label label = new Label(question.label());
        label.setLabelFor(field);
        Label problem = new Label();
        problem.setId("text-question-problem");
        problem.getStyleClass().add("field-problem");
        problem.setWrapText(true);
        problem.setMaxWidth(380);
        HBox row = new HBox(8, label, field);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        HBox.setHgrow(field, Priority.ALWAYS);
        VBox content = new VBox(8, row, problem);
        content.setPadding(new Insets(10, 10, 0, 10));
        getDialogPane().setContent(content);
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        Node ok = getDialogPane().lookupButton(ButtonType.OK);
        ok.setId("text-question-ok");
        Runnable check = () -> {
            Optional<String> wrong = question.problem().apply(field.getText());
            // Nothing typed yet is no mistake: OK waits, and the field's prompt says what to type.
            problem.setText(field.getText().isBlank() ? "" : wrong.orElse(""));
            ok.setDisable(wrong.isPresent());
        };
        field.textProperty().subscribe(text -> check.run());
        check.run();
        setResultConverter(button -> button == ButtonType.OK ? field.getText() : null);
        setOnShown(event -> field.requestFocus());
    }
}

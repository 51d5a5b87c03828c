package app.fiv.ui.known;

import app.fiv.known.KnownRule;
import app.fiv.known.ReasonMatch;
import app.fiv.ui.common.FormGrid;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * The rule dialog: a reason (exactly, or a pattern), a path pattern, optionally one client, and
 * a note for the Known column, prefilled from what was chosen. Save stays disabled, saying why,
 * until the rule has a reason or a path.
 */
public final class MarkKnownDialog implements RuleEditor {
    private static final ButtonType SAVE = new ButtonType("Save", ButtonBar.ButtonData.OK_DONE);

    private final Window owner;

    public MarkKnownDialog(Window owner) {
        this.owner = owner;
    }

    @Override
    public Optional<KnownRule> edit(RuleDraft draft) {
        RuleForm form = new RuleForm(draft);
        Dialog<KnownRule> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(draft.title());
        dialog.setHeaderText(draft.scope());
        dialog.getDialogPane().setId("known-rule-dialog");
        dialog.getDialogPane().getButtonTypes().addAll(SAVE, ButtonType.CANCEL);
        dialog.getDialogPane().setContent(content(form));
        dialog.getDialogPane().setPrefWidth(640);
        Button save = (Button) dialog.getDialogPane().lookupButton(SAVE);
        save.setId("known-save");
        save.disableProperty().bind(form.validBinding().not());
        dialog.setResultConverter(button -> button == SAVE ? form.toRule() : null);
        return dialog.showAndWait();
    }

    private static Node content(RuleForm form) {
        GridPane grid = FormGrid.create(1);
        grid.setVgap(8);

        TextField reason = field("known-reason", "any reason", form.reasonProperty());
        ChoiceBox<ReasonMatch> match = new ChoiceBox<>();
        match.setId("known-reason-match");
        match.getItems().setAll(ReasonMatch.values());
        match.setConverter(new StringConverter<>() {
            @Override
            public String toString(ReasonMatch value) {
                return value == ReasonMatch.PATTERN ? "matches the pattern" : "is exactly";
            }

            @Override
            public ReasonMatch fromString(String text) {
                return null;
            }
        });
        match.valueProperty().bindBidirectional(form.reasonMatchProperty());
        HBox.setHgrow(reason, Priority.ALWAYS);
        row(grid, 0, "_Reason:", new HBox(8, match, reason), reason,
                "A pattern ignores case: * is any text, ? one character.");

        TextField path = field("known-path", "any path", form.pathProperty());
        row(grid, 2, "_Path:", path, path, "* is any text within a folder name, ** any number of folders, ? one"
                + " character; \\ and / are alike. Windows paths ignore case.");

        CheckBox onlyClient = new CheckBox("Only for client");
        onlyClient.setId("known-only-client");
        onlyClient.setMinWidth(Region.USE_PREF_SIZE);
        onlyClient.selectedProperty().bindBidirectional(form.onlyClientProperty());
        TextField client = field("known-client", "client name", form.clientProperty());
        client.disableProperty().bind(onlyClient.selectedProperty().not());
        HBox.setHgrow(client, Priority.ALWAYS);
        HBox clientRow = new HBox(8, onlyClient, client);
        clientRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        grid.add(clientRow, 1, 4);

        TextField note = field("known-note", "why it is accepted (shown in the Known column)", form.noteProperty());
        row(grid, 5, "_Note:", note, note, null);

        Label problem = new Label();
        problem.setId("known-problem");
        problem.getStyleClass().add("field-problem");
        problem.setWrapText(true);
        problem.textProperty().bind(form.problemBinding());
        // Its line is kept while empty: the dialog does not grow when it appears, so it would squeeze the notes above.
        problem.setMinHeight(Region.USE_PREF_SIZE);
        return new VBox(10, grid, problem);
    }

    private static TextField field(String id, String prompt, javafx.beans.property.StringProperty value) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        field.setPrefColumnCount(36);
        field.textProperty().bindBidirectional(value);
        return field;
    }

    private static void row(GridPane grid, int index, String label, Node content, Node target, String note) {
        Label name = new Label(label);
        name.setMnemonicParsing(true);
        name.setLabelFor(target);
        grid.add(name, 0, index);
        grid.add(content, 1, index);
        if (note != null) {
            Label explanation = new Label(note);
            explanation.getStyleClass().add("field-note");
            explanation.setWrapText(true);
            explanation.setPrefWidth(0);
            explanation.setMaxWidth(Double.MAX_VALUE);
            grid.add(explanation, 1, index + 1);
        }
    }
}

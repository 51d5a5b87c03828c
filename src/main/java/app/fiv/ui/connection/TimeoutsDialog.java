package app.fiv.ui.connection;

import app.fiv.ui.common.FormGrid;
import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** File > Connection timeouts: how long to wait on a server, for every server. */
public final class TimeoutsDialog extends Dialog<Boolean> {
    private static final ButtonType DEFAULTS = new ButtonType("Restore defaults", ButtonBar.ButtonData.LEFT);

    public TimeoutsDialog(Window owner, TimeoutsViewModel model) {
        initOwner(owner);
        setTitle("Connection timeouts");
        setHeaderText("How long to wait on a CommServe before giving up. They apply to every server,"
                + " from the next request on.");
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL, DEFAULTS);
        getDialogPane().setContent(form(model));
        getDialogPane().setPrefWidth(520);

        Button ok = (Button) getDialogPane().lookupButton(ButtonType.OK);
        ok.disableProperty().bind(model.validBinding().not());
        ok.addEventFilter(ActionEvent.ACTION, event -> {
            if (!model.save()) {
                event.consume();
            }
        });
        Button defaults = (Button) getDialogPane().lookupButton(DEFAULTS);
        defaults.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            model.restoreDefaults();
        });
        setResultConverter(button -> button == ButtonType.OK);
    }

    private static Node form(TimeoutsViewModel model) {
        GridPane grid = FormGrid.create(2);
        grid.setVgap(8);
        row(grid, 0, "_Connect:", "timeout-connect", model.connectProperty(),
                "seconds to set up the connection");
        row(grid, 1, "_Answer:", "timeout-answer", model.answerProperty(),
                "seconds for the CommServe to start answering (gathering a big job takes a while)");
        row(grid, 2, "_Stall:", "timeout-stall", model.stallProperty(),
                "seconds of silence allowed while an answer arrives");
        Label problem = new Label();
        problem.setId("timeouts-problem");
        problem.getStyleClass().add("field-problem");
        problem.setWrapText(true);
        problem.textProperty().bind(model.problemBinding());
        problem.managedProperty().bind(Bindings.isNotEmpty(problem.textProperty()));
        problem.visibleProperty().bind(problem.managedProperty());
        return new VBox(10, grid, problem);
    }

    private static void row(GridPane grid, int index, String label, String id, StringProperty seconds, String note) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(5);
        field.setMinWidth(Region.USE_PREF_SIZE);
        field.textProperty().bindBidirectional(seconds);
        Label name = new Label(label);
        name.setMnemonicParsing(true);
        name.setLabelFor(field);
        Label explanation = new Label(note);
        explanation.getStyleClass().add("field-note");
        explanation.setWrapText(true);
        grid.addRow(index, name, field, explanation);
    }
}

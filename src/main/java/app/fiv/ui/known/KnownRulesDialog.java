package app.fiv.ui.known;

import app.fiv.known.KnownRule;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Job ▸ Known failures…: a server's rules in the order they are tried, to add, edit (double-click
 * or Enter), move, remove (Delete) and share as a file. Changes apply to the open tabs at once.
 */
public final class KnownRulesDialog implements RulesWindow {
    private final Window owner;

    public KnownRulesDialog(Window owner) {
        this.owner = owner;
    }

    @Override
    public void show(KnownRulesViewModel model) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(model.title());
        dialog.setHeaderText(model.title() + ". The first rule that fits a row names it in the Known column.");
        dialog.getDialogPane().setId("known-rules-dialog");
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.getDialogPane().setContent(content(model));
        // A resizable dialog opens at its least width on Linux (GTK), whatever its preferred one: make
        // that least width room for a path and a note side by side (less on a small screen).
        double screen = javafx.stage.Screen.getPrimary().getVisualBounds().getWidth();
        dialog.getDialogPane().setMinWidth(Math.max(600, Math.min(1000, screen - 60)));
        dialog.setResizable(true);
        dialog.setOnHidden(event -> model.dispose());
        dialog.showAndWait();
    }

    private static BorderPane content(KnownRulesViewModel model) {
        TableView<KnownRule> table = new TableView<>(model.rules());
        table.setId("known-rules");
        table.setPrefSize(860, 320);
        table.setPlaceholder(new Label("No known failures yet. Mark rows as known from a job's table or its"
                + " failure reasons, add a rule here, or import a colleague's file."));
        table.getColumns().add(column("Reason", 240, rule -> rule.hasReason()
                ? (rule.reasonMatch() == app.fiv.known.ReasonMatch.PATTERN ? "like " : "") + rule.reason() : "any"));
        TableColumn<KnownRule, String> path = column("Path", 320, rule -> rule.hasPath() ? rule.path() : "any");
        // A long path keeps its drive and its file name in view.
        path.setCellFactory(c -> cell(OverrunStyle.CENTER_ELLIPSIS));
        table.getColumns().add(path);
        table.getColumns().add(column("Client", 110, rule -> rule.hasClient() ? rule.client() : "any"));
        table.getColumns().add(column("Note", 200, KnownRule::note));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setRowFactory(view -> {
            TableRow<KnownRule> row = new TableRow<>();
            row.setOnMouseClicked(event -> {
                if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2 && !row.isEmpty()) {
                    model.edit(row.getItem());
                }
            });
            return row;
        });
        table.setOnKeyPressed(event -> {
            KnownRule chosen = table.getSelectionModel().getSelectedItem();
            if (event.getCode() == KeyCode.DELETE && chosen != null) {
                model.remove(chosen);
                event.consume();
            } else if (event.getCode() == KeyCode.ENTER && chosen != null) {
                model.edit(chosen);
                event.consume();
            }
        });
        BooleanBinding none = table.getSelectionModel().selectedItemProperty().isNull();
        Button add = button("_Add…", "known-add", () -> model.add());
        Button edit = button("_Edit…", "known-edit", () -> model.edit(table.getSelectionModel().getSelectedItem()));
        Button remove = button("_Remove", "known-remove", () -> model.remove(table.getSelectionModel().getSelectedItem()));
        Button up = button("Move _up", "known-up", () -> moveSelected(table, model, -1));
        Button down = button("Move _down", "known-down", () -> moveSelected(table, model, 1));
        for (Button needsRule : new Button[] {edit, remove, up, down}) {
            needsRule.disableProperty().bind(none);
        }
        Button importRules = button("_Import…", "known-import", model::importRules);
        Button exportRules = button("E_xport…", "known-export", model::exportRules);
        exportRules.disableProperty().bind(Bindings.isEmpty(model.rules()));
        VBox buttons = new VBox(6, add, edit, remove, up, down, new Separator(), importRules, exportRules);
        buttons.setPadding(new Insets(0, 0, 0, 10));

        Label message = new Label();
        message.setId("known-message");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        HBox bottom = new HBox(message);
        HBox.setHgrow(message, Priority.ALWAYS);
        bottom.setAlignment(Pos.CENTER_LEFT);
        bottom.setPadding(new Insets(8, 0, 0, 0));
        return new BorderPane(table, null, buttons, bottom, null);
    }

    private static void moveSelected(TableView<KnownRule> table, KnownRulesViewModel model, int by) {
        KnownRule chosen = table.getSelectionModel().getSelectedItem();
        model.move(chosen, by);
        table.getSelectionModel().select(chosen);
    }

    private static TableColumn<KnownRule, String> column(String title, double width, Function<KnownRule, String> text) {
        TableColumn<KnownRule, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setSortable(false);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
        column.setCellFactory(c -> cell(OverrunStyle.ELLIPSIS));
        return column;
    }

    /** A cell whose whole text shows as a tooltip when it does not fit. */
    private static TableCell<KnownRule, String> cell(OverrunStyle overrun) {
        TableCell<KnownRule, String> cell = new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                setTooltip(empty || text == null || text.isEmpty() ? null : new Tooltip(text));
            }
        };
        cell.setTextOverrun(overrun);
        return cell;
    }

    private static Button button(String text, String id, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setMnemonicParsing(true);
        button.setMaxWidth(Double.MAX_VALUE);
        button.setOnAction(event -> action.run());
        return button;
    }
}

package app.fiv.ui.tabs;

import app.fiv.model.ReasonCount;
import app.fiv.ui.common.CellTooltip;
import app.fiv.ui.job.Sizes;
import app.fiv.ui.table.TableViewModel;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;

/**
 * The failure reasons of the job, biggest first, each with its count and a bar. Clicking one
 * (or Enter/Space) filters the table to it; doing so again clears the filter. Its menu marks a
 * reason as known.
 */
final class ReasonsPanel extends VBox {
    private final ListView<ReasonCount> list = new ListView<>();
    private final Subscription subscriptions;

    /** @param markKnown opens the rule dialog for a reason */
    ReasonsPanel(TableViewModel model, Consumer<String> markKnown) {
        super(6);
        setPadding(new Insets(8));
        getStyleClass().add("reasons-panel");
        setMinWidth(180);
        Label title = new Label("Failure reasons");
        title.getStyleClass().add("reasons-title");
        Label hint = new Label();
        hint.getStyleClass().add("reasons-hint");
        hint.setWrapText(true);
        // Else the VBox gives the list every pixel and the hint is cut to one line with an ellipsis.
        hint.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        hint.textProperty().bind(Bindings.createStringBinding(() -> hintFor(model),
                model.reasonColumnProperty(), model.completeProperty(), model.changeColumnProperty(),
                model.changeFilterProperty()));

        list.setId("reasons-list");
        list.setCellFactory(view -> new ReasonCell(model));
        MenuItem known = new MenuItem("Mark this reason as known…");
        known.setId("menu-mark-reason-known");
        known.setOnAction(event -> {
            ReasonCount focused = list.getFocusModel().getFocusedItem();
            if (focused != null) {
                markKnown.accept(focused.reason());
            }
        });
        list.setContextMenu(new ContextMenu(known));
        // One subscription each for the panel's life, not one per cell: cells come and go with scrolling.
        subscriptions = model.reasonsProperty().subscribe(reasons -> list.setItems(FXCollections.observableList(reasons)))
                .and(model.reasonFilterProperty().subscribe(chosen -> list.refresh()));
        list.setOnKeyPressed(event -> {
            ReasonCount focused = list.getFocusModel().getFocusedItem();
            if ((event.getCode() == KeyCode.ENTER || event.getCode() == KeyCode.SPACE) && focused != null) {
                model.toggleReason(focused.reason());
                event.consume();
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(title, hint, list);
    }

    /** The tab closed: the panel lets go of the tab's model. */
    void dispose() {
        subscriptions.unsubscribe();
    }

    private static String hintFor(TableViewModel model) {
        if (model.reasonColumnProperty().get() < 0) {
            return "This data has no reason column.";
        }
        if (model.changeColumnProperty().get() >= 0) {
            String change = model.changeFilterProperty().get();
            return (change == null ? "Counted over the rows compared (fixed ones too)" : "Counted over the " + change + " rows")
                    + "; click one to show only its rows.";
        }
        return model.completeProperty().get() ? "Counted over the whole job; click one to show only its rows."
                : "Counted over the rows so far (the download is still running); click one to show only its rows.";
    }

    /** A reason, its count and a bar as long as its share of the biggest reason. */
    private static final class ReasonCell extends ListCell<ReasonCount> {
        private static final PseudoClass CHOSEN = PseudoClass.getPseudoClass("chosen");

        private final Label reason = new Label();
        private final Label count = new Label();
        private final Region bar = new Region();
        private final StackPane track = new StackPane(bar);
        private final BorderPane box = new BorderPane();
        private final CellTooltip whole = new CellTooltip(this);
        private final TableViewModel model;

        ReasonCell(TableViewModel model) {
            this.model = model;
            reason.getStyleClass().add("reason-text");
            reason.setMaxWidth(Double.MAX_VALUE);
            // Long reasons are cut to the panel's width (the tooltip has them whole), never scrolled.
            reason.setMinWidth(0);
            setPrefWidth(0);
            count.setMinWidth(Region.USE_PREF_SIZE);
            count.getStyleClass().add("reason-count");
            bar.getStyleClass().add("reason-bar");
            bar.setMinHeight(6);
            bar.setMaxHeight(6);
            track.getStyleClass().add("reason-track");
            StackPane.setAlignment(bar, Pos.CENTER_LEFT);
            box.setCenter(reason);
            box.setRight(count);
            box.setBottom(track);
            BorderPane.setMargin(track, new Insets(3, 0, 0, 0));
            // The model decides what is chosen; the list's own selection just follows it.
            addEventFilter(MouseEvent.MOUSE_PRESSED, event -> {
                if (event.getButton() == MouseButton.PRIMARY && getItem() != null) {
                    model.toggleReason(getItem().reason());
                    getListView().requestFocus();
                    getListView().getFocusModel().focus(getIndex());
                    event.consume();
                } else if (event.getButton() == MouseButton.SECONDARY && getItem() != null) {
                    // The menu acts on the reason it was opened over, not the one chosen before.
                    getListView().getFocusModel().focus(getIndex());
                }
            });
        }

        @Override
        protected void updateItem(ReasonCount item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setText(null);
                whole.show(null);
            } else {
                reason.setText(item.reason().isBlank() ? "(no reason given)" : item.reason());
                whole.show(reason.getText() + " — " + Sizes.count(item.count()) + " items");
                count.setText(Sizes.count(item.count()));
                List<ReasonCount> all = getListView().getItems();
                double share = all.isEmpty() ? 0 : (double) item.count() / all.get(0).count();
                bar.prefWidthProperty().unbind();
                bar.maxWidthProperty().unbind();
                bar.prefWidthProperty().bind(track.widthProperty().multiply(share));
                bar.maxWidthProperty().bind(bar.prefWidthProperty());
                setGraphic(box);
                setText(null);
            }
            markChosen();
        }

        private void markChosen() {
            boolean chosen = getItem() != null && getItem().reason().equals(model.reasonFilterProperty().get());
            pseudoClassStateChanged(CHOSEN, chosen);
        }

    }
}

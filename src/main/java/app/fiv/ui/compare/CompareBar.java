package app.fiv.ui.compare;

import app.fiv.compare.Change;
import app.fiv.compare.ComparedTable;
import app.fiv.ui.job.Sizes;
import app.fiv.ui.table.TableViewModel;
import javafx.beans.property.BooleanProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.util.Subscription;

/**
 * Above a compared table: its counts in a line (or, while working or when there is nothing to
 * compare, what is going on), the filter by change (All / New / Still failing / Fixed, each with
 * its count), the trend's toggle, and Stop comparing. Hidden while the tab is not compared.
 */
public final class CompareBar extends HBox {
    private final Label line = new Label();
    private final ToggleGroup changes = new ToggleGroup();
    private final ToggleButton all = choice("All", null, "change-all");
    private final ToggleButton added = choice("New", Change.NEW, "change-new");
    private final ToggleButton still = choice("Still failing", Change.STILL_FAILING, "change-still-failing");
    private final ToggleButton fixed = choice("Fixed", Change.FIXED, "change-fixed");
    private final ToggleButton trendShown = new ToggleButton("Trend");
    private final BooleanProperty showTrend;
    private final Subscription subscription;

    /** @param showTrend whether the trend chart shows; the toggle edits it */
    public CompareBar(JobComparison comparison, TableViewModel table, BooleanProperty showTrend) {
        super(8);
        this.showTrend = showTrend;
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(4, 10, 4, 10));
        getStyleClass().add("compare-bar");
        setId("compare-bar");
        line.setId("compare-line");
        line.getStyleClass().add("compare-line");
        line.setWrapText(true);
        line.setMinWidth(120);
        HBox.setHgrow(line, Priority.ALWAYS);
        line.setMaxWidth(Double.MAX_VALUE);
        line.textProperty().bind(comparison.lineBinding());

        HBox choices = new HBox(all, added, still, fixed);
        choices.getStyleClass().add("change-choices");
        choices.setMinWidth(USE_PREF_SIZE);
        all.setSelected(true);
        changes.selectedToggleProperty().addListener((p, old, now) -> {
            if (now == null) {
                old.setSelected(true); // one choice always holds, as in a segmented control
            } else {
                Change change = (Change) now.getUserData();
                table.changeFilterProperty().set(change == null ? null : change.text());
            }
        });
        choices.visibleProperty().bind(comparison.comparedProperty().isNotNull());
        choices.managedProperty().bind(choices.visibleProperty());

        trendShown.setId("trend-toggle");
        trendShown.setTooltip(new Tooltip("Show or hide the failed files of this subclient's runs"));
        trendShown.selectedProperty().bindBidirectional(showTrend);
        trendShown.setMinWidth(USE_PREF_SIZE);
        // The trend is of one subclient's runs; a tab of many jobs has many (the Compare button's tooltip says so).
        trendShown.setVisible(!comparison.isOfMany());
        trendShown.setManaged(!comparison.isOfMany());
        Button stop = new Button("Stop comparing");
        stop.setId("stop-comparing");
        stop.setMinWidth(USE_PREF_SIZE);
        stop.setOnAction(event -> comparison.stop());

        getChildren().addAll(line, choices, trendShown, stop);
        visibleProperty().bind(comparison.phaseProperty().isNotEqualTo(JobComparison.Phase.OFF));
        managedProperty().bind(visibleProperty());
        subscription = comparison.comparedProperty().subscribe(this::counted)
                .and(table.changeFilterProperty().subscribe(this::chosen));
    }

    private ToggleButton choice(String text, Change change, String id) {
        ToggleButton button = new ToggleButton(text);
        button.setId(id);
        button.setUserData(change);
        button.setToggleGroup(changes);
        button.setMinWidth(USE_PREF_SIZE);
        return button;
    }

    private void counted(ComparedTable compared) {
        if (compared == null) {
            return;
        }
        all.setText("All " + Sizes.count(compared.counts().rows()));
        added.setText("New " + Sizes.count(compared.counts().added()));
        still.setText("Still failing " + Sizes.count(compared.counts().stillFailing()));
        fixed.setText("Fixed " + Sizes.count(compared.counts().fixed()));
    }

    /** The filter cleared elsewhere (a new table, Stop comparing) shows as All. */
    private void chosen(String change) {
        ToggleButton shown = change == null ? all : change.equals(Change.NEW.text()) ? added
                : change.equals(Change.STILL_FAILING.text()) ? still : change.equals(Change.FIXED.text()) ? fixed : all;
        if (!shown.isSelected()) {
            shown.setSelected(true);
        }
    }

    public void dispose() {
        subscription.unsubscribe();
        line.textProperty().unbind();
        trendShown.selectedProperty().unbindBidirectional(showTrend);
        visibleProperty().unbind();
    }
}

package app.fiv.ui.tabs;

import app.fiv.ui.jobactions.CommandCenterLink;
import app.fiv.ui.jobactions.ResubmitAction;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import app.fiv.ui.compare.JobComparison;
import javafx.scene.control.Button;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;

/** Beside the job's header: resubmit it, and open it in Command Center where that can be told. */
final class JobActionsBar extends HBox {
    private final Button resubmit = new Button("Resubmit job…");
    private final Tooltip resubmitTip = new Tooltip();

    JobActionsBar(JobTab tab) {
        super(8);
        setAlignment(Pos.CENTER_RIGHT);
        setPadding(new Insets(6, 10, 6, 10));
        // The header's text wraps to make room; the buttons keep their labels.
        setMinWidth(USE_PREF_SIZE);
        ResubmitAction action = tab.services().jobActions().resubmit();
        resubmit.setId("resubmit-job");
        resubmit.disableProperty().bind(action.unavailable(tab.resubmitTarget()));
        resubmitTip.textProperty().bind(action.description(tab.resubmitTarget()));
        resubmitTip.setWrapText(true);
        resubmitTip.setMaxWidth(420);
        resubmit.setTooltip(resubmitTip);
        // A disabled button shows no tooltip, so the reason also goes to the status bar on a click that is refused.
        resubmit.setOnAction(event -> action.resubmit(tab.resubmitTarget().get()));
        getChildren().addAll(compareButton(tab), resubmit);

        CommandCenterLink link = tab.services().jobActions().commandCenter();
        link.pageOf(tab.server(), tab.jobId()).ifPresent(page -> {
            Button open = new Button("Open in Command Center");
            open.setId("open-command-center");
            open.setTooltip(new Tooltip(page.toString()));
            open.setOnAction(event -> link.open(tab.server(), tab.jobId()));
            getChildren().add(open);
        });
    }

    /** Compare with the previous run, with a job named, or stop comparing. */
    private static MenuButton compareButton(JobTab tab) {
        JobComparison comparison = tab.comparison();
        MenuItem previous = new MenuItem("Compare with previous run (Ctrl+Shift+P)");
        previous.setId("compare-previous");
        previous.setOnAction(event -> comparison.withPrevious());
        MenuItem other = new MenuItem("Compare with job…");
        other.setId("compare-with-job");
        other.setOnAction(event -> comparison.askForJob());
        MenuItem stop = new MenuItem("Stop comparing");
        stop.setId("compare-stop");
        stop.setOnAction(event -> comparison.stop());
        stop.disableProperty().bind(comparison.phaseProperty().isEqualTo(JobComparison.Phase.OFF));
        MenuButton button = new MenuButton("Compare", null, previous, other, stop);
        button.setId("compare-button");
        button.setTooltip(new Tooltip("What is new, still failing or fixed since the previous run, or since another job"));
        button.disableProperty().bind(comparison.availableProperty().not());
        return button;
    }

    void dispose() {
        resubmit.disableProperty().unbind();
        resubmitTip.textProperty().unbind();
    }
}

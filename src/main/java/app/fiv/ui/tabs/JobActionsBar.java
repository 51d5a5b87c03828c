package app.fiv.ui.tabs;

import app.fiv.ui.jobactions.CommandCenterLink;
import app.fiv.ui.jobactions.ResubmitAction;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
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
        getChildren().add(resubmit);

        CommandCenterLink link = tab.services().jobActions().commandCenter();
        link.pageOf(tab.server(), tab.jobId()).ifPresent(page -> {
            Button open = new Button("Open in Command Center");
            open.setId("open-command-center");
            open.setTooltip(new Tooltip(page.toString()));
            open.setOnAction(event -> link.open(tab.server(), tab.jobId()));
            getChildren().add(open);
        });
    }

    void dispose() {
        resubmit.disableProperty().unbind();
        resubmitTip.textProperty().unbind();
    }
}

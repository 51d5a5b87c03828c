package app.fiv.ui.jobactions;

import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/**
 * The window's confirmation: it names the job, its client and subclient, and makes Cancel the
 * default button, so Enter pressed out of habit does not start a job.
 */
public final class ResubmitDialog implements ResubmitConfirmation {
    public static final ButtonType RESUBMIT = new ButtonType("Resubmit", ButtonBar.ButtonData.OK_DONE);

    private final Window owner;

    public ResubmitDialog(Window owner) {
        this.owner = owner;
    }

    @Override
    public boolean confirm(ResubmitTarget target) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, text(target), RESUBMIT, ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setTitle("Resubmit job");
        alert.setHeaderText("Resubmit job " + target.jobId() + "?");
        alert.getDialogPane().setId("resubmit-dialog");
        Button resubmit = (Button) alert.getDialogPane().lookupButton(RESUBMIT);
        resubmit.setDefaultButton(false);
        resubmit.setId("resubmit-confirm");
        Button cancel = (Button) alert.getDialogPane().lookupButton(ButtonType.CANCEL);
        cancel.setDefaultButton(true);
        cancel.setId("resubmit-cancel");
        alert.setOnShown(event -> cancel.requestFocus());
        return alert.showAndWait().filter(RESUBMIT::equals).isPresent();
    }

    static String text(ResubmitTarget target) {
        StringBuilder text = new StringBuilder();
        line(text, "Client", target.clientName());
        line(text, "Subclient", target.subclientName());
        line(text, "Last status", target.status());
        return text.append("\nThe CommServe starts a new job with the same options as job ").append(target.jobId())
                .append(". This cannot be undone; a job that is not wanted must be killed.").toString();
    }

    private static void line(StringBuilder text, String label, String value) {
        if (!value.isBlank()) {
            text.append(label).append(": ").append(value).append('\n');
        }
    }
}

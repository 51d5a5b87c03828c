package app.fiv.ui.common;

import app.fiv.api.CertificateInfo;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * A server certificate this computer does not trust, shown so the admin can check it by eye
 * (subject, issuer, validity, SHA-256 fingerprint) and trust it for that one server. Cancel is the
 * default button: Enter never trusts a certificate by accident. A certificate refused for its name
 * or dates, which is what an attacker's certificate looks like, is shown as such before the offer.
 */
public final class CertificateDialog extends Dialog<ButtonType> {
    public static final ButtonType TRUST = new ButtonType("Trust for this server", ButtonBar.ButtonData.OK_DONE);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
            .withZone(ZoneId.systemDefault());

    public CertificateDialog(Window owner, String server, CertificateInfo certificate, boolean changed) {
        initOwner(owner);
        if (owner != null && owner.getScene() != null) {
            getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        boolean suspicious = !changed && certificate.problem().looksLikeAnAttack();
        setTitle(changed ? "Certificate changed" : suspicious ? "Certificate not valid for this server" : "Untrusted certificate");
        setHeaderText(changed
                ? "The certificate of " + server + " has CHANGED since you trusted it."
                : suspicious ? "The certificate of " + server + " is not valid for it: " + whatIsWrong(certificate)
                : "The certificate of " + server + " is not trusted by this computer.");
        getDialogPane().getButtonTypes().addAll(TRUST, ButtonType.CANCEL);
        ((Button) getDialogPane().lookupButton(TRUST)).setDefaultButton(false);
        ((Button) getDialogPane().lookupButton(ButtonType.CANCEL)).setDefaultButton(true);
        getDialogPane().setContent(content(server, certificate, changed, suspicious));
        getDialogPane().setPrefWidth(640);
        getDialogPane().getStyleClass().add("certificate-dialog");
    }

    private static String whatIsWrong(CertificateInfo certificate) {
        return switch (certificate.problem()) {
            case NAME_MISMATCH -> "a trusted authority issued it for " + certificate.names() + ".";
            case EXPIRED -> "it expired on " + WHEN.format(certificate.notAfter()) + ".";
            case NOT_YET_VALID -> "it is not valid before " + WHEN.format(certificate.notBefore()) + ".";
            default -> "";
        };
    }

    private static VBox content(String server, CertificateInfo certificate, boolean changed, boolean suspicious) {
        String why = changed ? "Someone may be intercepting the connection, or the server got a new certificate. "
                : suspicious ? certificate.problem().attackWarning() + " Do not trust it unless the server's administrator"
                        + " confirms this exact fingerprint and why; the fix is a valid certificate for " + server + ". "
                : "It may be self-signed or signed by a CA this computer does not know. ";
        Label advice = new Label(why
                + "Compare the fingerprint with the one the server's administrator gives you before trusting it."
                + " Trusting it applies to " + server + " only; the decision is remembered.");
        advice.setId("cert-warning");
        advice.setWrapText(true);
        if (changed || suspicious) {
            advice.getStyleClass().add("login-error");
        }
        GridPane grid = FormGrid.create(1);
        grid.addRow(0, new Label("Subject:"), value("cert-subject", certificate.subject()));
        grid.addRow(1, new Label("Issued by:"), value("cert-issuer", certificate.issuer()));
        grid.addRow(2, new Label("Valid:"), value("cert-validity",
                "from " + WHEN.format(certificate.notBefore()) + " until " + WHEN.format(certificate.notAfter())));
        grid.addRow(3, new Label("SHA-256:"), value("cert-fingerprint", certificate.sha256()));
        return new VBox(12, advice, grid);
    }

    /** Read-only but selectable, so the fingerprint can be copied and compared. */
    private static TextField value(String id, String text) {
        TextField field = new TextField(text);
        field.setId(id);
        field.setEditable(false);
        field.setFocusTraversable(true);
        return field;
    }
}

package app.fiv.ui.main;

import app.fiv.Version;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Help > About: the version from the pom, the licence, and the libraries the app is built with. */
final class AboutDialog extends Alert {
    AboutDialog(Window owner) {
        super(AlertType.INFORMATION, "", ButtonType.CLOSE);
        initOwner(owner);
        setTitle("About " + MainWindow.TITLE);
        setHeaderText(MainWindow.TITLE + " " + Version.current());
        Label summary = new Label("Shows every failed item of a Commvault backup job in one table.\n"
                + "Licensed under the " + Version.LICENCE + ".");
        summary.setWrapText(true);
        TextArea libraries = new TextArea("Built with:\n" + String.join("\n", Version.libraries()));
        libraries.setId("about-libraries");
        libraries.setEditable(false);
        libraries.setPrefRowCount(6);
        libraries.setWrapText(true);
        getDialogPane().setContent(new VBox(10, summary, libraries));
        getDialogPane().setPrefWidth(480);
    }
}

package app.fiv.ui.common;

import javafx.application.Platform;
import javafx.scene.control.Alert;

/**
 * The last line of defence: an unexpected exception is logged and shown as a readable dialog,
 * and the app keeps running.
 */
public final class UncaughtErrors {
    private static final System.Logger LOG = System.getLogger(UncaughtErrors.class.getName());

    private UncaughtErrors() {
    }

    public static void install() {
        Thread.setDefaultUncaughtExceptionHandler((thread, error) -> {
            LOG.log(System.Logger.Level.ERROR, "Unexpected error on thread " + thread.getName(), error);
            if (Platform.isFxApplicationThread()) {
                show(error);
            } else {
                Platform.runLater(() -> show(error));
            }
        });
    }

    private static void show(Throwable error) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.setTitle("Unexpected error");
        alert.setHeaderText("Something went wrong, but the app is still running.");
        alert.setContentText(ErrorMessages.of(error) + "\n\nIf this keeps happening, please report it with the steps that led to it.");
        alert.show();
    }
}

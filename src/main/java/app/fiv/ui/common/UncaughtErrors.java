package app.fiv.ui.common;

import javafx.application.Platform;
import javafx.scene.control.Alert;

/**
 * The last line of defence: an unexpected exception is logged and shown as a readable dialog,
 * and the app keeps running. While that dialog is open, further errors only add to a count in
 * it, so an error that repeats (in a layout pass, say) cannot flood the screen with dialogs.
 */
public final class UncaughtErrors {
    private static final System.Logger LOG = System.getLogger(UncaughtErrors.class.getName());
    private static final String HINT = "If this keeps happening, please report it with the steps that led to it.";

    private Alert shown;
    private String first = "";
    private int more;

    private UncaughtErrors() {
    }

    public static void install() {
        UncaughtErrors errors = new UncaughtErrors();
        Thread.setDefaultUncaughtExceptionHandler(errors::uncaught);
    }

    /** Also the handler's body, for tests: may be called from any thread. */
    static UncaughtErrors forTest() {
        return new UncaughtErrors();
    }

    void uncaught(Thread thread, Throwable error) {
        LOG.log(System.Logger.Level.ERROR, "Unexpected error on thread " + thread.getName(), error);
        if (Platform.isFxApplicationThread()) {
            show(error);
        } else {
            Platform.runLater(() -> show(error));
        }
    }

    private void show(Throwable error) {
        if (shown != null && shown.isShowing()) {
            more++;
            shown.setContentText(text());
            return;
        }
        first = ErrorMessages.of(error);
        more = 0;
        shown = new Alert(Alert.AlertType.ERROR);
        shown.setTitle("Unexpected error");
        shown.setHeaderText("Something went wrong, but the app is still running.");
        shown.setContentText(text());
        shown.show();
    }

    private String text() {
        String count = more == 0 ? "" : "\n\n" + more + (more == 1 ? " more unexpected error" : " more unexpected errors")
                + " since; the log has each of them.";
        return first + count + "\n\n" + HINT;
    }

    /** The dialog on screen, if any (tests). */
    Alert shown() {
        return shown;
    }
}

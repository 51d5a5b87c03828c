package app.fiv.ui.app;

import app.fiv.ui.login.LoginDialog;
import java.lang.System.Logger.Level;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The launch check that CI runs on every way of starting the app (packaging/check-window.sh): with
 * {@code FIV_SMOKE_TEST=first-window} in the environment, the app prints one line once its main
 * window and the login dialog are showing and drawn, then exits with 0. An environment variable,
 * because it reaches the app through every launcher: {@code mvn javafx:run}, {@code java -jar}, the
 * app image and the installed package.
 */
public final class FirstWindowCheck {
    public static final String VARIABLE = "FIV_SMOKE_TEST";
    public static final String FIRST_WINDOW = "first-window";
    /** The start of the one line, which the check script waits for. */
    public static final String SHOWN = "fiv: window shown: ";

    /** Frames to wait once both windows show, so the line means "drawn", not only "mapped". */
    private static final int FRAMES = 3;
    private static final System.Logger LOG = System.getLogger(FirstWindowCheck.class.getName());

    private final Stage main;
    private final Consumer<String> out;
    private final Runnable exit;
    private boolean seen;

    FirstWindowCheck(Stage main, Consumer<String> out, Runnable exit) {
        this.main = main;
        this.out = out;
        this.exit = exit;
    }

    /** Call on the FX thread before the first window is shown; does nothing unless the check is asked for. */
    public static void installIfRequested(Stage main) {
        installIfRequested(main, System::getenv, System.out::println, Platform::exit);
    }

    static void installIfRequested(Stage main, UnaryOperator<String> env, Consumer<String> out, Runnable exit) {
        String requested = env.apply(VARIABLE);
        if (requested == null || requested.isBlank()) {
            return;
        }
        if (!requested.strip().equals(FIRST_WINDOW)) {
            LOG.log(Level.WARNING, () -> VARIABLE + "=" + requested.strip() + " is not a check this app knows;"
                    + " use " + VARIABLE + "=" + FIRST_WINDOW + ". Starting normally.");
            return;
        }
        FirstWindowCheck check = new FirstWindowCheck(main, out, exit);
        Window.getWindows().addListener((ListChangeListener<Window>) change -> check.windowsChanged());
        check.windowsChanged();
    }

    private void windowsChanged() {
        if (seen || !main.isShowing()) {
            return;
        }
        loginDialog().ifPresent(dialog -> {
            seen = true;
            afterFrames(FRAMES, () -> {
                out.accept(SHOWN + main.getTitle() + "; dialog: " + dialog.getTitle() + "; theme: " + theme());
                exit.run();
            });
        });
    }

    private Optional<Stage> loginDialog() {
        return Window.getWindows().stream()
                .filter(window -> window instanceof Stage stage && stage.getOwner() == main)
                .filter(window -> window.isShowing() && window.getScene() != null)
                .filter(window -> window.getScene().lookup("." + LoginDialog.STYLE_CLASS) != null)
                .map(Stage.class::cast)
                .findFirst();
    }

    /** The file name of the user-agent stylesheet in effect; JavaFX's default look if none was set. */
    static String theme() {
        String stylesheet = Application.getUserAgentStylesheet();
        return stylesheet == null ? "JavaFX default (Modena)" : stylesheet.substring(stylesheet.lastIndexOf('/') + 1);
    }

    private static void afterFrames(int frames, Runnable action) {
        new AnimationTimer() {
            private int left = frames;

            @Override
            public void handle(long now) {
                if (--left <= 0) {
                    stop();
                    action.run();
                }
            }
        }.start();
    }
}

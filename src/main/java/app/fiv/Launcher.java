package app.fiv;

import app.fiv.cli.Cli;
import app.fiv.logging.Logs;
import app.fiv.settings.ConfigDir;
import java.util.logging.Level;

/**
 * The jar's entry point. It is not an {@code Application} subclass, so the shaded jar starts with a
 * plain {@code java -jar} and JavaFX on the class path. Anything but no arguments or {@code --demo}
 * goes to the command line ({@code export}, {@code --help}, {@code --version}, or a usage error),
 * which never loads a JavaFX class, so it runs with no display.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        if (Cli.handles(args)) {
            Cli.main(args);
            return;
        }
        Window.open(args);
    }

    /** A class of its own, so that JavaFX is only resolved when the window is really opened. */
    private static final class Window {
        static void open(String[] args) {
            Logs.install(ConfigDir.resolve(), Level.WARNING);
            app.fiv.ui.app.FxApp.run(args);
            // A keyring library can leave non-daemon D-Bus threads behind; the window is closed, so end here.
            System.exit(0);
        }
    }
}

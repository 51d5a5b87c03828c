package app.fiv;

import app.fiv.logging.Logs;
import app.fiv.settings.ConfigDir;
import app.fiv.ui.app.FxApp;
import java.util.logging.Level;

/**
 * The jar's entry point. It is not an {@code Application} subclass, so the shaded jar starts with a
 * plain {@code java -jar} and JavaFX on the class path; it knows no JavaFX itself.
 */
public final class Launcher {
    private static final String USAGE = """
            Usage: java -jar failed-items-viewer.jar [--demo]
              --demo      start the built-in demo CommServe and log in to it
              --version   print the version and exit
              --help      print this help and exit""";

    private Launcher() {
    }

    public static void main(String[] args) {
        for (String arg : args) {
            switch (arg) {
                case "--version" -> {
                    System.out.println("Failed Items Viewer " + Version.current());
                    return;
                }
                case "--help", "-h" -> {
                    System.out.println(USAGE);
                    return;
                }
                case "--demo" -> { }
                default -> {
                    System.err.println("Unknown option: " + arg + "\n\n" + USAGE);
                    System.exit(2);
                }
            }
        }
        Logs.install(ConfigDir.resolve(), Level.WARNING);
        FxApp.run(args);
        // A keyring library can leave non-daemon D-Bus threads behind; the window is closed, so end here.
        System.exit(0);
    }
}

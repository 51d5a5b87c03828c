package app.fiv.settings;

import java.nio.file.Path;
import java.util.Locale;
import java.util.function.UnaryOperator;

/** The app's per-user config folder. */
public final class ConfigDir {

    /** Overrides the folder, for tests and portable installs. */
    public static final String OVERRIDE_PROPERTY = "fiv.config.dir";

    static final String FOLDER_NAME = "Failed Items Viewer";
    static final String LINUX_FOLDER_NAME = "failed-items-viewer";

    private ConfigDir() {
    }

    /**
     * {@code -Dfiv.config.dir} if set; else Linux: {@code $XDG_CONFIG_HOME/failed-items-viewer} or
     * {@code ~/.config/failed-items-viewer}; macOS: {@code ~/Library/Application Support/Failed Items Viewer};
     * Windows: {@code %APPDATA%\Failed Items Viewer}. Does not create it.
     */
    public static Path resolve() {
        return resolve(System::getProperty, System::getenv);
    }

    static Path resolve(UnaryOperator<String> property, UnaryOperator<String> env) {
        String override = property.apply(OVERRIDE_PROPERTY);
        if (isSet(override)) {
            return Path.of(override.strip()).toAbsolutePath();
        }
        String os = String.valueOf(property.apply("os.name")).toLowerCase(Locale.ROOT);
        Path home = Path.of(property.apply("user.home"));
        if (os.startsWith("windows")) {
            String appData = env.apply("APPDATA");
            Path roaming = isSet(appData) ? Path.of(appData) : home.resolve("AppData").resolve("Roaming");
            return roaming.resolve(FOLDER_NAME);
        }
        if (os.startsWith("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve(FOLDER_NAME);
        }
        // The XDG spec says a relative XDG_CONFIG_HOME is invalid and must be ignored.
        String xdg = env.apply("XDG_CONFIG_HOME");
        Path base = isSet(xdg) && Path.of(xdg).isAbsolute() ? Path.of(xdg) : home.resolve(".config");
        return base.resolve(LINUX_FOLDER_NAME);
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }
}

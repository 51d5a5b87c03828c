package app.fiv.logging;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.logging.ConsoleHandler;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends the app's logging (java.util.logging, which {@code System.Logger} uses) to a rolling file in
 * the config folder, readable only by the user, and to the console; every line goes through
 * {@link Redaction}.
 */
public final class Logs {
    public static final String FILE_NAME = "failed-items-viewer.log";
    private static final int FILE_LIMIT = 1024 * 1024;
    private static final int FILE_COUNT = 5;

    private Logs() {
    }

    /**
     * Installs the handlers; returns the log folder. A folder that cannot be written only costs the
     * file log: the console still gets the (redacted) lines.
     */
    public static Path install(Path configDir, Level consoleLevel) {
        Logger root = Logger.getLogger("");
        for (Handler handler : root.getHandlers()) {
            root.removeHandler(handler);
        }
        RedactingFormatter formatter = new RedactingFormatter();
        ConsoleHandler console = new ConsoleHandler();
        console.setLevel(consoleLevel);
        console.setFormatter(formatter);
        root.addHandler(console);
        Path folder = configDir.resolve("logs");
        try {
            createPrivateFolder(folder);
            FileHandler file = new FileHandler(folder.resolve(FILE_NAME).toString() + ".%g", FILE_LIMIT, FILE_COUNT, true);
            file.setFormatter(formatter);
            file.setLevel(Level.INFO);
            root.addHandler(file);
        } catch (IOException | RuntimeException e) {
            root.log(Level.WARNING, "The log file in " + folder + " could not be opened: " + e.getMessage());
        }
        return folder;
    }

    /** Owner-only on POSIX systems; elsewhere the user's profile folder already keeps others out. */
    private static void createPrivateFolder(Path folder) throws IOException {
        if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.createDirectories(folder);
            return;
        }
        Set<PosixFilePermission> ownerOnly = PosixFilePermissions.fromString("rwx------");
        Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(ownerOnly));
        Files.setPosixFilePermissions(folder, ownerOnly);
    }
}

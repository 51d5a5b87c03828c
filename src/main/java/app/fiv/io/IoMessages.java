package app.fiv.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Locale;

/** Says in words why a file could not be written, and what to do about it. */
public final class IoMessages {
    private IoMessages() {
    }

    public static String cannotWrite(Path target, IOException e) {
        String reason = e.getMessage() == null ? "" : e.getMessage().toLowerCase(Locale.ROOT);
        String what = "Could not write " + target + ": ";
        if (e instanceof AccessDeniedException) {
            return what + "permission denied. Choose a folder you can write to.";
        }
        if (e instanceof NoSuchFileException || e instanceof NotDirectoryException) {
            return what + "the folder does not exist. Choose an existing folder.";
        }
        if (reason.contains("no space left") || reason.contains("disk full") || reason.contains("not enough space")) {
            return what + "the disk is full. Free some space or choose another drive.";
        }
        String detail = e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason() : e.getMessage();
        return what + (detail == null ? e.getClass().getSimpleName() : detail) + ".";
    }
}

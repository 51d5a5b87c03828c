package app.fiv.io;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.InputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file so that it is either complete or not there: the content goes to a temporary file
 * in the same folder, which replaces the target only once everything was written. On any failure
 * an existing file is left untouched and the temporary file is removed.
 */
public final class AtomicFile {
    /** What fills the file; it writes to a stream it must not close. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * A second pass over what was written, for content that can only be made right once all of
     * it is known (a CSV header that must name a column first seen near the end).
     */
    public interface Revision {
        /** Asked once the content is complete. */
        boolean needed();

        /** Copies {@code written} to {@code out}, changed; must not close either stream. */
        void rewrite(InputStream written, OutputStream out) throws IOException;
    }

    private AtomicFile() {
    }

    /**
     * Like {@link #write(Path, Content)}, then, if the revision is needed, rewrites the complete
     * temporary file into a second one in the same folder. The target is replaced once, at the end.
     */
    public static void write(Path target, Content content, Revision revision) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        Path first = Files.createTempFile(folder, "." + absolute.getFileName() + ".", ".part");
        Path second = null;
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(first), 256 * 1024)) {
                content.writeTo(out);
            }
            if (!revision.needed()) {
                moveIntoPlace(first, absolute);
                return;
            }
            second = Files.createTempFile(folder, "." + absolute.getFileName() + ".", ".part");
            try (InputStream in = new BufferedInputStream(Files.newInputStream(first), 256 * 1024);
                 OutputStream out = new BufferedOutputStream(Files.newOutputStream(second), 256 * 1024)) {
                revision.rewrite(in, out);
            }
            moveIntoPlace(second, absolute);
        } finally {
            Files.deleteIfExists(first);
            if (second != null) {
                Files.deleteIfExists(second);
            }
        }
    }

    public static void write(Path target, Content content) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        Path temp = Files.createTempFile(folder, "." + absolute.getFileName() + ".", ".part");
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp), 256 * 1024)) {
                content.writeTo(out);
            }
            moveIntoPlace(temp, absolute);
        } catch (IOException | RuntimeException | Error e) {
            Files.deleteIfExists(temp);
            throw e;
        }
    }

    private static void moveIntoPlace(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}

package app.fiv.cli;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/**
 * Held while the pair of a token file is renewed, so that runs sharing the file (several cron jobs)
 * never renew the same pair twice: the second would revoke every token of the chain. The lock is
 * an empty owner-only file {@code .<name>.lock} beside the token file (the token file itself is
 * replaced by a rename, so a lock on it would not outlive the first renewal).
 */
final class TokenFileLock implements AutoCloseable {
    private static final long POLL_MILLIS = 100;

    private final FileChannel channel;
    private final FileLock lock;

    private TokenFileLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock, or empty if another run held it for all of {@code wait}. */
    static Optional<TokenFileLock> acquire(Path tokenFile, Duration wait) throws IOException {
        Path real = tokenFile.toRealPath();
        Path lockFile = real.resolveSibling("." + real.getFileName() + ".lock");
        FileChannel channel = lockFile.getFileSystem().supportedFileAttributeViews().contains("posix")
                ? FileChannel.open(lockFile, Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE),
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
                : FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        long deadline = System.nanoTime() + wait.toNanos();
        try {
            while (true) {
                FileLock lock = tryLock(channel);
                if (lock != null) {
                    return Optional.of(new TokenFileLock(channel, lock));
                }
                if (System.nanoTime() >= deadline) {
                    channel.close();
                    return Optional.empty();
                }
                Thread.sleep(POLL_MILLIS);
            }
        } catch (InterruptedException e) {
            channel.close();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for " + lockFile, e);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /** Null while another run holds it, in another process or (in tests) in this one. */
    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException heldHere) {
            return null;
        }
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }
}

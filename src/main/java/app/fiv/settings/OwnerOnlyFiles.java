package app.fiv.settings;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclEntryFlag;
import java.nio.file.attribute.AclEntryPermission;
import java.nio.file.attribute.AclEntryType;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Creates folders and files that only their owner can read. On POSIX the permissions are given at creation,
 * so a secret is never readable by others even for a moment; on Windows the ACL is cut down to the owner
 * right after creation, before anything is written.
 */
public final class OwnerOnlyFiles {

    static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private OwnerOnlyFiles() {
    }

    static boolean isPosix(Path path) {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    /** Creates the folder (and missing parents) owner-only; an existing folder is left as it is. */
    static void createFolder(Path folder) throws IOException {
        if (Files.isDirectory(folder)) {
            return;
        }
        if (isPosix(folder)) {
            Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(FOLDER));
        } else {
            Files.createDirectories(folder);
            restrictAclToOwner(folder, true);
        }
    }

    /** Creates an empty owner-only file with a unique name in the folder. */
    static Path createTempFile(Path folder, String prefix, String suffix) throws IOException {
        if (isPosix(folder)) {
            return Files.createTempFile(folder, prefix, suffix, PosixFilePermissions.asFileAttribute(FILE));
        }
        Path temp = Files.createTempFile(folder, prefix, suffix);
        try {
            restrictAclToOwner(temp, false);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
        return temp;
    }

    /**
     * Replaces a file with new content, readable only by its owner: a complete new file is written next
     * to it and renamed over it, so a crash never leaves a half-written file, and the result is owner-only
     * (POSIX 0600) whatever the old file's permissions were.
     */
    public static void replace(Path file, byte[] content) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        createFolder(folder);
        Path temp = createTempFile(folder, "." + file.getFileName() + "-", ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                // On disk before the rename, so a power cut cannot leave an empty file under the real name.
                channel.force(true);
            }
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** True if group or others may access the file. Only POSIX is checked; ACLs are too varied to judge. */
    public static boolean isOpenToOthers(Path file) throws IOException {
        return isPosix(file) && !FILE.containsAll(Files.getPosixFilePermissions(file));
    }

    private static void restrictAclToOwner(Path path, boolean folder) throws IOException {
        AclFileAttributeView view = Files.getFileAttributeView(path, AclFileAttributeView.class);
        if (view == null) {
            throw new IOException("cannot make " + path + " private: the file system has neither POSIX permissions nor ACLs");
        }
        AclEntry.Builder ownerOnly = AclEntry.newBuilder()
                .setType(AclEntryType.ALLOW)
                .setPrincipal(view.getOwner())
                .setPermissions(EnumSet.allOf(AclEntryPermission.class));
        if (folder) {
            ownerOnly.setFlags(AclEntryFlag.FILE_INHERIT, AclEntryFlag.DIRECTORY_INHERIT);
        }
        view.setAcl(List.of(ownerOnly.build()));
    }
}

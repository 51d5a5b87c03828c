package app.fiv.cli;

import app.fiv.api.ApiException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a password from a file: UTF-8, the first line only (the help says so, and a file may hold
 * notes or an old password below it); the line end is not part of it. Every copy is wiped.
 */
final class PasswordFile {
    private static final int MAX_BYTES = 4096;

    private PasswordFile() {
    }

    static char[] read(Path file) throws ApiException {
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw invalid("The password file " + file + " is larger than " + MAX_BYTES + " bytes: it should hold"
                        + " only the password.");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw invalid("The password file " + file + " could not be read (" + e.getClass().getSimpleName() + ").");
        }
        CharBuffer chars = null;
        try {
            chars = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            int end = 0;
            while (end < chars.limit() && chars.get(end) != '\n' && chars.get(end) != '\r') {
                end++;
            }
            if (end == 0) {
                throw invalid(chars.limit() == 0 ? "The password file " + file + " is empty."
                        : "The first line of the password file " + file + " is empty: it should hold the password.");
            }
            char[] password = new char[end];
            chars.get(password, 0, end);
            return password;
        } catch (CharacterCodingException e) {
            throw invalid("The password file " + file + " is not UTF-8 text.");
        } finally {
            Arrays.fill(bytes, (byte) 0);
            if (chars != null && chars.hasArray()) {
                Arrays.fill(chars.array(), '\0');
            }
        }
    }

    /**
     * A warning when others than its owner may read the file (POSIX group or other read bits), as
     * ssh gives for a private key; empty where the file system has no POSIX permissions.
     */
    static Optional<String> permissionWarning(Path file) {
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
            if (permissions.contains(PosixFilePermission.GROUP_READ) || permissions.contains(PosixFilePermission.OTHERS_READ)) {
                return Optional.of("the password file " + file + " can be read by other users (permissions "
                        + PosixFilePermissions.toString(permissions) + "). Make it readable only by you: chmod 600 "
                        + file);
            }
        } catch (UnsupportedOperationException | IOException e) {
            // No POSIX permissions here (Windows); its ACLs are the admin's to check.
        }
        return Optional.empty();
    }

    private static ApiException invalid(String message) {
        return new ApiException(ApiException.Kind.INVALID_INPUT, message);
    }
}

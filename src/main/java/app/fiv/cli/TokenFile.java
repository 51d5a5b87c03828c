package app.fiv.cli;

import app.fiv.api.ApiException;
import app.fiv.api.Credential;
import app.fiv.settings.OwnerOnlyFiles;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The file of {@code --token-file}: {@code {"accessToken": "...", "refreshToken": "..."}}, as the
 * admin saved the pair from Command Center. A renewed pair is written back into it, replacing the
 * file atomically and owner-only; other fields the admin keeps there stay.
 */
final class TokenFile {
    static final String LAYOUT = "{\"accessToken\": \"…\", \"refreshToken\": \"…\"}";
    private static final int MAX_BYTES = 64 * 1024;
    // Jackson may quote what it could not parse in its messages; that text may be a token.
    private static final ObjectMapper JSON = JsonMapper.builder().disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION).build();

    private TokenFile() {
    }

    /** The pair in the file; anything missing or unreadable is a usage error that names the problem. */
    static Credential.AccessToken read(Path file) throws ApiException {
        JsonNode root = tree(file);
        String access = root.path("accessToken").asText("");
        String refresh = root.path("refreshToken").asText("");
        if (access.isBlank() || refresh.isBlank()) {
            String missing = access.isBlank() && refresh.isBlank() ? "neither an accessToken nor a refreshToken"
                    : access.isBlank() ? "no accessToken" : "no refreshToken";
            throw UsageErrors.invalid("The token file " + file + " has " + missing + ": it should hold both, as "
                    + LAYOUT + ".");
        }
        try {
            return Credential.AccessToken.parse(access, refresh);
        } catch (ApiException e) {
            throw UsageErrors.invalid("The token file " + file + ": " + e.getMessage());
        }
    }

    /**
     * Why a renewed pair could not be written back, or empty if it can: checked before renewing,
     * as renewing without saving would leave only the old pair, which must never be renewed again.
     */
    static Optional<String> whyNotRewritable(Path file) {
        Path real;
        try {
            real = file.toRealPath();
        } catch (IOException e) {
            return Optional.of("can no longer be found (" + e.getClass().getSimpleName() + ")");
        }
        Path folder = real.getParent();
        try {
            // As root, the JDK's access check says yes to any file: the owner's write bit says what the admin meant.
            if (Files.getFileStore(real).supportsFileAttributeView("posix")
                    && !Files.getPosixFilePermissions(real).contains(PosixFilePermission.OWNER_WRITE)) {
                return Optional.of("is read-only");
            }
        } catch (IOException | UnsupportedOperationException e) {
            // No POSIX permissions to read: the checks below still apply.
        }
        if (!Files.isWritable(real)) {
            return Optional.of("cannot be changed by you (no permission)");
        }
        if (folder == null || !Files.isWritable(folder)) {
            return Optional.of("is in a folder you cannot write to (the new pair is written next to it"
                    + " and moved over it)");
        }
        return Optional.empty();
    }

    /**
     * Replaces the pair in the file, atomically and owner-only (0600), keeping the admin's other
     * fields; the renewal's times are added so the admin can see when to make a new token. A
     * symbolic link is followed, so it keeps pointing at the renewed pair.
     */
    static void write(Path file, Credential.AccessToken pair) throws IOException {
        Path real = file.toRealPath();
        ObjectNode root = kept(real);
        root.put("accessToken", pair.accessToken());
        root.put("refreshToken", pair.refreshToken());
        root.remove(List.of("tokenExpiryTimestamp", "renewableUntilTimestamp"));
        pair.expires().ifPresent(at -> root.put("tokenExpiryTimestamp", at.getEpochSecond()));
        pair.renewableUntil().ifPresent(at -> root.put("renewableUntilTimestamp", at.getEpochSecond()));
        byte[] json = JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
        byte[] content = Arrays.copyOf(json, json.length + 1);
        content[json.length] = '\n';
        try {
            OwnerOnlyFiles.replace(real, content);
        } finally {
            Arrays.fill(json, (byte) 0);
            Arrays.fill(content, (byte) 0);
        }
    }

    /** What the file holds now, to be kept around the new pair; nothing if it cannot be read any more. */
    private static ObjectNode kept(Path file) {
        try {
            return (ObjectNode) tree(file);
        } catch (ApiException unreadableNow) {
            return JSON.createObjectNode();
        }
    }

    /** A warning when others than the owner may read the file (POSIX only), as for a password file. */
    static Optional<String> permissionWarning(Path file) {
        try {
            Path real = file.toRealPath();
            if (OwnerOnlyFiles.isOpenToOthers(real)) {
                return Optional.of("the token file " + file + " can be read by other users (permissions "
                        + PosixFilePermissions.toString(Files.getPosixFilePermissions(real)) + "). Make it readable only"
                        + " by you: chmod 600 " + file + " (a renewal makes it so).");
            }
        } catch (IOException | UnsupportedOperationException e) {
            // No POSIX permissions here (Windows); its ACLs are the admin's to check.
        }
        return Optional.empty();
    }

    private static JsonNode tree(Path file) throws ApiException {
        byte[] bytes = null;
        try {
            if (Files.notExists(file)) {
                throw UsageErrors.invalid("The token file " + file + " does not exist. Save the access token pair from"
                        + " Command Center in it as " + LAYOUT + ".");
            }
            if (Files.isDirectory(file)) {
                throw UsageErrors.invalid(file + " is a folder, not a token file holding " + LAYOUT + ".");
            }
            if (Files.size(file) > MAX_BYTES) {
                throw UsageErrors.invalid("The token file " + file + " is larger than 64 KB: it should hold only "
                        + LAYOUT + ".");
            }
            bytes = Files.readAllBytes(file);
            JsonNode root = JSON.readTree(bytes);
            if (root == null || !root.isObject()) {
                throw UsageErrors.invalid("The token file " + file + " does not hold a JSON object: it should hold "
                        + LAYOUT + ".");
            }
            return root;
        } catch (JsonProcessingException e) {
            // Only the position: Jackson's own message may quote the token.
            JsonLocation where = e.getLocation();
            throw UsageErrors.invalid("The token file " + file + " is not valid JSON"
                    + (where == null || where.getLineNr() < 1 ? "" : " (line " + where.getLineNr() + ", column "
                    + where.getColumnNr() + ")") + ": it should hold " + LAYOUT + ".");
        } catch (IOException e) {
            throw UsageErrors.invalid("The token file " + file + " could not be read ("
                    + (e instanceof AccessDeniedException ? "no permission" : e.getClass().getSimpleName()) + ").");
        } finally {
            if (bytes != null) {
                Arrays.fill(bytes, (byte) 0);
            }
        }
    }
}

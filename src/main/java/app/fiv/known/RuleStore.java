package app.fiv.known;

import app.fiv.settings.OwnerOnlyFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The known failures of each CommServe, a JSON file a server in the config folder's
 * {@code known-failures} folder (named after its host, with a digest of its web service URL so two
 * servers on one host stay apart). A preference value could hold only 8 KB; a file holds any list
 * and is easy to back up. Files are replaced whole (a new file moved over the old one) and are
 * readable only by their owner. A file that cannot be read is kept beside the new one, as
 * {@code .unreadable}, when rules are next saved: nothing someone wrote by hand is lost.
 */
public final class RuleStore {
    public static final String FOLDER = "known-failures";

    private final Path folder;

    /** @param configFolder the app's config folder */
    public RuleStore(Path configFolder) {
        this.folder = configFolder.resolve(FOLDER);
    }

    /** The server's rules; none when it has no file yet. Blocks on the disk. */
    public KnownRules load(String server) throws RulesFileException {
        Path file = fileOf(server);
        if (!Files.exists(file)) {
            return KnownRules.NONE;
        }
        return KnownRules.of(RulesFile.read(file));
    }

    /** Replaces the server's rules on disk. Blocks on the disk. */
    public void save(String server, KnownRules rules) throws IOException {
        Path file = fileOf(server);
        if (Files.exists(file)) {
            try {
                RulesFile.read(file);
            } catch (RulesFileException unreadable) {
                Files.copy(file, file.resolveSibling(file.getFileName() + ".unreadable"), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        OwnerOnlyFiles.replace(file, RulesFile.toJson(rules.rules(), server, true));
    }

    /** Where a server's rules are kept. */
    public Path fileOf(String server) {
        String host = hostOf(server).replaceAll("[^A-Za-z0-9.-]", "_");
        return folder.resolve((host.isEmpty() ? "server" : host) + "-" + digest(server) + ".json");
    }

    private static String hostOf(String server) {
        try {
            String host = java.net.URI.create(server).getHost();
            return host == null ? "" : host.toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    private static String digest(String server) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(server.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}

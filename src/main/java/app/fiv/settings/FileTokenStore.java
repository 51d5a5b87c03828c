package app.fiv.settings;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Tokens in a JSON file that only the current user can read, for machines without a usable keyring.
 * Every change writes a complete new file next to the old one and renames it over the old one, so a crash
 * never leaves a half-written file and the new file always has owner-only permissions.
 */
public final class FileTokenStore implements TokenStore {

    /** The file name {@link TokenStores} uses inside the config folder. */
    public static final String DEFAULT_FILE_NAME = "tokens.json";

    private static final System.Logger LOG = System.getLogger(FileTokenStore.class.getName());

    // Jackson can quote the unparsable text in its messages; that text may be a token.
    private static final ObjectMapper JSON = JsonMapper.builder()
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private final Path file;

    public FileTokenStore(Path file) {
        this.file = Objects.requireNonNull(file, "file").toAbsolutePath();
    }

    /** The JSON file this store reads and writes. */
    public Path file() {
        return file;
    }

    @Override
    public synchronized Optional<String> load(String server, String user) throws TokenStoreException {
        requireNames(server, user);
        return read().stream()
                .filter(entry -> entry.isFor(server, user))
                .map(TokenFileContent.Entry::token)
                .findFirst();
    }

    @Override
    public synchronized void save(String server, String user, String token) throws TokenStoreException {
        requireNames(server, user);
        Objects.requireNonNull(token, "token");
        List<TokenFileContent.Entry> entries = new ArrayList<>(readForChange());
        entries.removeIf(entry -> entry.isFor(server, user));
        entries.add(new TokenFileContent.Entry(server, user, token));
        write(entries);
    }

    @Override
    public synchronized void delete(String server, String user) throws TokenStoreException {
        requireNames(server, user);
        if (Files.notExists(file)) {
            return;
        }
        List<TokenFileContent.Entry> entries = new ArrayList<>(readForChange());
        entries.removeIf(entry -> entry.isFor(server, user));
        // Rewrite even if nothing matched: a damaged file may still hold the token in some form.
        write(entries);
    }

    @Override
    public String description() {
        return "a file readable only by you: " + file;
    }

    private List<TokenFileContent.Entry> read() throws TokenStoreException {
        try {
            if (OwnerOnlyFiles.isOpenToOthers(file)) {
                LOG.log(Level.WARNING, () -> file + " can be read by other users; it will be made private on the next save.");
            }
            return JSON.readValue(file.toFile(), TokenFileContent.class).entries();
        } catch (NoSuchFileException e) {
            return List.of();
        } catch (JsonProcessingException e) {
            // No cause attached: Jackson's message may quote the token.
            throw new TokenStoreException(unreadable(damaged(e)));
        } catch (IOException e) {
            if (Files.notExists(file)) {
                return List.of();
            }
            throw new TokenStoreException(unreadable(describe(e)), e);
        }
    }

    /** Before a change an unreadable file is replaced: losing other sign-ins beats never saving again. */
    private List<TokenFileContent.Entry> readForChange() {
        try {
            return read();
        } catch (TokenStoreException e) {
            LOG.log(Level.WARNING, () -> e.getMessage() + " The file will be replaced.");
            return List.of();
        }
    }

    private void write(List<TokenFileContent.Entry> entries) throws TokenStoreException {
        try {
            if (entries.isEmpty()) {
                Files.deleteIfExists(file);
                return;
            }
            byte[] json = JSON.writeValueAsBytes(new TokenFileContent(TokenFileContent.CURRENT_VERSION, entries));
            OwnerOnlyFiles.replace(file, json);
        } catch (JsonProcessingException e) {
            throw new TokenStoreException("The sign-in could not be saved (it could not be converted to JSON).");
        } catch (IOException e) {
            throw new TokenStoreException("The sign-in could not be saved to " + file + " (" + describe(e) + ").", e);
        }
    }

    private String unreadable(String reason) {
        return "The stored sign-in could not be read (" + reason + "); you will need to log in again.";
    }

    private String damaged(JsonProcessingException e) {
        JsonLocation where = e.getLocation();
        String position = where == null || where.getLineNr() < 1
                ? ""
                : " at line " + where.getLineNr() + ", column " + where.getColumnNr();
        return file + " is damaged" + position;
    }

    private String describe(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "no permission to access " + file;
        }
        return e.getClass().getSimpleName() + ": " + e.getMessage();
    }

    private static void requireNames(String server, String user) {
        Objects.requireNonNull(server, "server");
        Objects.requireNonNull(user, "user");
    }
}

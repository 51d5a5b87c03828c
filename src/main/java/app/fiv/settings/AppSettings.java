package app.fiv.settings;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * Non-secret settings in {@link java.util.prefs}: the last login, the servers used before, and small values
 * such as window state. Passwords and tokens never go here. Every write is flushed at once so that a crash
 * loses nothing; a failing backing store is logged and otherwise ignored, as settings are a convenience.
 */
public final class AppSettings {

    /** Tests point this at a node of their own so they never touch the real settings. */
    public static final String NODE_PROPERTY = "fiv.prefs.node";
    static final String DEFAULT_NODE = "app/fiv/failed-items-viewer";
    static final int MAX_KNOWN_SERVERS = 10;

    private static final String LAST_SERVER = "lastServer";
    private static final String LAST_USER = "lastUser";
    private static final String KNOWN_SERVERS = "knownServers";
    private static final String REMEMBER_ME = "rememberMe";
    private static final String DEVICE_ID = "deviceId";
    // Generic values get a child node so that their keys can never collide with the keys above.
    private static final String VALUES_NODE = "values";

    private static final System.Logger LOG = System.getLogger(AppSettings.class.getName());
    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<KnownServer>> KNOWN_SERVER_LIST = new TypeReference<>() {
    };

    private final Preferences node;

    public AppSettings(Preferences node) {
        this.node = Objects.requireNonNull(node, "node");
    }

    /** {@code Preferences.userRoot().node("app/fiv/failed-items-viewer")}, or the node named by {@code -Dfiv.prefs.node}. */
    public static AppSettings userDefault() {
        String path = System.getProperty(NODE_PROPERTY);
        return new AppSettings(Preferences.userRoot().node(path == null || path.isBlank() ? DEFAULT_NODE : path.strip()));
    }

    public synchronized Optional<String> lastServer() {
        return nonBlank(node.get(LAST_SERVER, null));
    }

    public synchronized Optional<String> lastUser() {
        return nonBlank(node.get(LAST_USER, null));
    }

    /** Remembers a successful login: it becomes the last login and moves to the top of the known servers. */
    public synchronized void rememberLogin(String server, String user) {
        KnownServer login = new KnownServer(requireText(server, "server"), requireText(user, "user"));
        List<KnownServer> known = new ArrayList<>(MAX_KNOWN_SERVERS);
        known.add(login);
        for (KnownServer earlier : knownServers()) {
            if (known.size() < MAX_KNOWN_SERVERS && !sameLogin(earlier, login)) {
                known.add(earlier);
            }
        }
        node.put(LAST_SERVER, login.server());
        node.put(LAST_USER, login.user());
        try {
            String json = JSON.writeValueAsString(known);
            // Preferences refuses long values; absurdly long names cost the oldest entries, not the login.
            while (json.length() > Preferences.MAX_VALUE_LENGTH && known.size() > 1) {
                known.remove(known.size() - 1);
                json = JSON.writeValueAsString(known);
            }
            if (json.length() <= Preferences.MAX_VALUE_LENGTH) {
                node.put(KNOWN_SERVERS, json);
            }
        } catch (JsonProcessingException e) {
            LOG.log(Level.WARNING, () -> "Could not remember the list of servers: " + e.getOriginalMessage());
        }
        flush();
    }

    /** Servers and users logged in with before, most recent first. */
    public synchronized List<KnownServer> knownServers() {
        String json = node.get(KNOWN_SERVERS, null);
        if (json == null) {
            return List.of();
        }
        try {
            List<KnownServer> known = JSON.readValue(json, KNOWN_SERVER_LIST);
            return known == null ? List.of() : List.copyOf(known);
        } catch (JsonProcessingException | RuntimeException e) {
            LOG.log(Level.WARNING, () -> "Ignoring the damaged list of known servers in " + node.absolutePath());
            return List.of();
        }
    }

    /** Forgets who logged in last (e.g. on logout), but keeps the list of known servers. */
    public synchronized void forgetLastLogin() {
        node.remove(LAST_SERVER);
        node.remove(LAST_USER);
        flush();
    }

    /** Whether the user wants to stay signed in between starts; true unless they said otherwise. */
    public synchronized boolean rememberMe() {
        return node.getBoolean(REMEMBER_ME, true);
    }

    public synchronized void setRememberMe(boolean rememberMe) {
        node.putBoolean(REMEMBER_ME, rememberMe);
        flush();
    }

    /** A random id of this installation, made on first use and kept, so the server can tell devices apart. */
    public synchronized String deviceId() {
        String id = node.get(DEVICE_ID, null);
        if (isUuid(id)) {
            return id;
        }
        id = UUID.randomUUID().toString();
        node.put(DEVICE_ID, id);
        flush();
        return id;
    }

    /** A value stored with {@link #put}, e.g. window state. */
    public synchronized Optional<String> get(String key) {
        return Optional.ofNullable(values().get(Objects.requireNonNull(key, "key"), null));
    }

    /**
     * Stores a value (at most {@link Preferences#MAX_VALUE_LENGTH} characters under a key of at most
     * {@link Preferences#MAX_KEY_LENGTH}); null removes it.
     */
    public synchronized void put(String key, String value) {
        Objects.requireNonNull(key, "key");
        if (value == null) {
            values().remove(key);
        } else {
            values().put(key, value);
        }
        flush();
    }

    private Preferences values() {
        return node.node(VALUES_NODE);
    }

    private void flush() {
        try {
            node.flush();
        } catch (BackingStoreException | IllegalStateException e) {
            LOG.log(Level.WARNING, () -> "Could not save settings to " + node.absolutePath() + ": " + e.getMessage());
        }
    }

    private static boolean sameLogin(KnownServer a, KnownServer b) {
        // Host names and Commvault user names are case-insensitive.
        return a.server().toLowerCase(Locale.ROOT).equals(b.server().toLowerCase(Locale.ROOT))
                && a.user().toLowerCase(Locale.ROOT).equals(b.user().toLowerCase(Locale.ROOT));
    }

    private static boolean isUuid(String text) {
        if (text == null) {
            return false;
        }
        try {
            return UUID.fromString(text).toString().equals(text);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static Optional<String> nonBlank(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
    }

    private static String requireText(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return value.strip();
    }
}

package app.fiv.session;

import app.fiv.api.ClientTimeouts;
import app.fiv.api.WireFormat;
import app.fiv.settings.AppSettings;
import app.fiv.settings.OriginKeys;
import java.lang.System.Logger.Level;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * How the app talks to servers: the response format asked of each server (scheme, host and port),
 * and the timeouts, which hold for all servers. A damaged value falls back to the default.
 */
public final class ConnectionSettings {
    private static final System.Logger LOG = System.getLogger(ConnectionSettings.class.getName());
    private static final String TIMEOUTS = "timeouts";
    private static final String FORMAT_PREFIX = "format.";

    private final AppSettings settings;

    public ConnectionSettings(AppSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /** The format chosen for a server; JSON unless the admin chose XML for it. */
    public WireFormat formatFor(String origin) {
        return settings.get(OriginKeys.key(FORMAT_PREFIX, origin))
                .flatMap(ConnectionSettings::parseFormat)
                .orElse(WireFormat.JSON);
    }

    public void setFormat(String origin, WireFormat format) {
        // JSON is the default, so choosing it again leaves nothing behind.
        settings.put(OriginKeys.key(FORMAT_PREFIX, origin), format == WireFormat.JSON ? null : format.name());
    }

    /** The timeouts as "connect answer stall" in seconds, or the defaults. */
    public ClientTimeouts timeouts() {
        Optional<String> stored = settings.get(TIMEOUTS);
        if (stored.isEmpty()) {
            return ClientTimeouts.DEFAULTS;
        }
        try {
            String[] parts = stored.get().strip().split("\\s+");
            if (parts.length == 3) {
                return ClientTimeouts.ofSeconds(Long.parseLong(parts[0]), Long.parseLong(parts[1]), Long.parseLong(parts[2]));
            }
        } catch (IllegalArgumentException e) {
            // Falls through to the defaults below.
        }
        LOG.log(Level.WARNING, () -> "Ignoring damaged timeouts \"" + stored.get() + "\"; using the defaults.");
        return ClientTimeouts.DEFAULTS;
    }

    public void setTimeouts(ClientTimeouts timeouts) {
        settings.put(TIMEOUTS, timeouts.equals(ClientTimeouts.DEFAULTS) ? null
                : timeouts.connect().toSeconds() + " " + timeouts.answer().toSeconds() + " " + timeouts.stall().toSeconds());
    }

    private static Optional<WireFormat> parseFormat(String text) {
        try {
            return Optional.of(WireFormat.valueOf(text.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}

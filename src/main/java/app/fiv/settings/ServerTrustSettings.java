package app.fiv.settings;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * The admin's certificate decisions, one per server origin (scheme, host and port): a pinned
 * SHA-256 fingerprint or a CA file to trust besides the system's. No decision means the runtime's
 * trusted CAs only. Fingerprints are public facts about a certificate, not secrets.
 */
public final class ServerTrustSettings {
    private static final String PIN = "pin:";
    private static final String CA = "ca:";

    /** What to trust for one server. */
    public sealed interface Decision permits Pinned, CaFile {
    }

    /** Exactly the certificate with this SHA-256 fingerprint. */
    public record Pinned(String fingerprint) implements Decision {
        public Pinned {
            Objects.requireNonNull(fingerprint, "fingerprint");
        }
    }

    /** The system's CAs plus those in this PEM file. */
    public record CaFile(Path pem) implements Decision {
        public CaFile {
            Objects.requireNonNull(pem, "pem");
        }
    }

    private final AppSettings settings;

    public ServerTrustSettings(AppSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    public Optional<Decision> of(String origin) {
        Optional<String> stored = settings.get(key(origin));
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        String value = stored.get();
        if (value.startsWith(PIN)) {
            return Optional.of(new Pinned(value.substring(PIN.length())));
        }
        if (value.startsWith(CA)) {
            try {
                return Optional.of(new CaFile(Path.of(value.substring(CA.length()))));
            } catch (InvalidPathException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** Trusts exactly this certificate for the origin, replacing any earlier decision. */
    public void pin(String origin, String fingerprint) {
        settings.put(key(origin), PIN + Objects.requireNonNull(fingerprint, "fingerprint"));
    }

    /** Trusts the CAs of this file for the origin, replacing any earlier decision. */
    public void useCaFile(String origin, Path pem) {
        settings.put(key(origin), CA + pem.toAbsolutePath());
    }

    public void forget(String origin) {
        settings.put(key(origin), null);
    }

    static String key(String origin) {
        return OriginKeys.key("tls.", origin);
    }
}

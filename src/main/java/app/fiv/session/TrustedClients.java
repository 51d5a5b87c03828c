package app.fiv.session;

import app.fiv.api.ApiException;
import app.fiv.api.CertificateInfo;
import app.fiv.api.ClientTimeouts;
import app.fiv.api.CommServeClient;
import app.fiv.api.Session;
import app.fiv.api.TlsTrust;
import app.fiv.api.WireFormat;
import app.fiv.settings.AppSettings;
import app.fiv.settings.ServerTrustSettings;
import app.fiv.settings.ServerTrustSettings.CaFile;
import app.fiv.settings.ServerTrustSettings.Decision;
import app.fiv.settings.ServerTrustSettings.Pinned;
import java.net.URI;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A client per server origin, built with the trust the admin chose for that server (its pinned
 * certificate, a CA file, or else the runtime's trusted CAs), the response format chosen for it and
 * the timeouts. A new choice rebuilds the client.
 */
public final class TrustedClients implements Clients {
    private final String deviceId;
    private final ServerTrustSettings trust;
    private final ConnectionSettings connection;
    private final Map<String, Built> clients = new HashMap<>();

    /** Trust decisions and connection choices both kept in these settings. */
    public TrustedClients(String deviceId, AppSettings settings) {
        this.deviceId = deviceId;
        this.trust = new ServerTrustSettings(settings);
        this.connection = new ConnectionSettings(settings);
    }

    @Override
    public synchronized CommServeClient forServer(URI webService) throws ApiException {
        String origin = originOf(webService);
        Options options = new Options(trust.of(origin), connection.formatFor(origin), connection.timeouts());
        Built built = clients.get(origin);
        if (built == null || !built.options().equals(options)) {
            built = new Built(options, CommServeClient.create(deviceId, tlsTrust(options.decision()),
                    options.format(), options.timeouts()));
            clients.put(origin, built);
        }
        return built.client();
    }

    /** The response format asked of a server; JSON unless the admin chose XML. */
    public WireFormat formatFor(URI webService) {
        return connection.formatFor(originOf(webService));
    }

    /** Asks a server for answers in this format from now on. */
    public void setFormat(URI webService, WireFormat format) {
        connection.setFormat(originOf(webService), format);
    }

    /** The decision in force for a server, if the admin made one. */
    public Optional<Decision> decisionFor(URI webService) {
        return trust.of(originOf(webService));
    }

    /** Trusts exactly this certificate for that server only (its scheme, host and port). */
    public void trustCertificate(URI webService, CertificateInfo certificate) {
        trust.pin(originOf(webService), certificate.sha256());
    }

    /** Trusts the CA certificates of a PEM file for that server; fails if the file holds none. */
    public void trustCaFile(URI webService, Path pem) throws ApiException {
        TlsTrust.withCaFile(pem);
        trust.useCaFile(originOf(webService), pem);
    }

    /** Scheme, host and port, as {@link Session#origin()} gives them. */
    public static String originOf(URI webService) {
        return webService.getScheme() + "://" + webService.getRawAuthority();
    }

    private static TlsTrust tlsTrust(Optional<Decision> decision) throws ApiException {
        if (decision.isEmpty()) {
            return TlsTrust.systemDefault();
        }
        if (decision.get() instanceof Pinned pinned) {
            return TlsTrust.pinned(pinned.fingerprint());
        }
        return TlsTrust.withCaFile(((CaFile) decision.get()).pem());
    }

    /** What a client is built from; a change to any of it builds a new one. */
    private record Options(Optional<Decision> decision, WireFormat format, ClientTimeouts timeouts) {
    }

    private record Built(Options options, CommServeClient client) {
    }
}

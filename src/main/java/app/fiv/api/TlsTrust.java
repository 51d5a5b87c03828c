package app.fiv.api;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * Which server certificates a client trusts: the Java runtime's certificate authorities, those
 * plus the CAs of a PEM file, or exactly one certificate given by its SHA-256 fingerprint. There
 * is deliberately no "trust all". A refused certificate is remembered, so the error can show its
 * fingerprint for the admin to check and pass back.
 */
public final class TlsTrust {
    private final byte[] pin;
    private final List<X509Certificate> extraCas;
    private final AtomicReference<UntrustedCertificateException> lastRefused = new AtomicReference<>();
    private SSLContext context;

    private TlsTrust(byte[] pin, List<X509Certificate> extraCas) {
        this.pin = pin;
        this.extraCas = List.copyOf(extraCas);
    }

    /** The Java runtime's trusted certificate authorities, with host name checks. */
    public static TlsTrust systemDefault() throws ApiException {
        return new TlsTrust(null, List.of());
    }

    /** The runtime's CAs plus the CA certificates in a PEM (or DER) file. */
    public static TlsTrust withCaFile(Path pemFile) throws ApiException {
        List<X509Certificate> cas = new ArrayList<>();
        try (InputStream in = Files.newInputStream(pemFile)) {
            Collection<? extends Certificate> read = CertificateFactory.getInstance("X.509").generateCertificates(in);
            for (Certificate certificate : read) {
                cas.add((X509Certificate) certificate);
            }
        } catch (IOException e) {
            throw invalid("The CA file " + pemFile + " could not be read (" + e.getMessage() + ").");
        } catch (GeneralSecurityException | ClassCastException e) {
            throw invalid("The CA file " + pemFile + " holds no readable certificate: give a PEM file"
                    + " (-----BEGIN CERTIFICATE-----).");
        }
        if (cas.isEmpty()) {
            throw invalid("The CA file " + pemFile + " holds no certificate.");
        }
        return new TlsTrust(null, cas);
    }

    /**
     * Exactly the certificate with this SHA-256 fingerprint (64 hex digits, colons optional, any
     * case), whoever issued it and whatever host name it carries: the fingerprint names it exactly.
     */
    public static TlsTrust pinned(String fingerprint) throws ApiException {
        String hex = fingerprint == null ? "" : fingerprint.strip().replace(":", "").toLowerCase(Locale.ROOT);
        if (!hex.matches("[0-9a-f]{64}")) {
            throw invalid("\"" + fingerprint + "\" is not a SHA-256 fingerprint: give 64 hex digits,"
                    + " colons optional, e.g. as printed in an untrusted-certificate message.");
        }
        return new TlsTrust(HexFormat.of().parseHex(hex), List.of());
    }

    /**
     * The context for https, set up on first use: loading the runtime's CAs costs a fifth of a
     * second, which a run against an http server (the demo) never needs to pay.
     */
    public synchronized SSLContext sslContext() throws ApiException {
        if (context == null) {
            context = build();
        }
        return context;
    }

    /** Sets the context up on a thread of its own, so a run that will need it finds it ready. */
    public void prepareInBackground() {
        Thread prepare = new Thread(() -> {
            try {
                sslContext();
            } catch (ApiException e) {
                // Reported when the context is needed.
            }
        }, "fiv-tls-setup");
        prepare.setDaemon(true);
        prepare.start();
    }

    /** The refusal of the last certificate refused, if any; the TLS stack does not always keep it in the exception. */
    Optional<UntrustedCertificateException> lastRefused() {
        return Optional.ofNullable(lastRefused.get());
    }

    private SSLContext build() throws ApiException {
        try {
            List<X509ExtendedTrustManager> delegates = new ArrayList<>();
            if (pin == null) {
                delegates.add(trustManager(null));
                if (!extraCas.isEmpty()) {
                    delegates.add(trustManager(keyStoreOf(extraCas)));
                }
            }
            SSLContext built = SSLContext.getInstance("TLS");
            built.init(null, new TrustManager[] {new CheckingTrustManager(pin, delegates, lastRefused)}, null);
            return built;
        } catch (GeneralSecurityException | IOException e) {
            throw new ApiException(ApiException.Kind.NETWORK, "TLS could not be set up in this Java runtime ("
                    + e.getMessage() + ").", e);
        }
    }

    private static KeyStore keyStoreOf(List<X509Certificate> cas) throws GeneralSecurityException, IOException {
        KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
        store.load(null, null);
        for (int i = 0; i < cas.size(); i++) {
            store.setCertificateEntry("ca-" + i, cas.get(i));
        }
        return store;
    }

    private static X509ExtendedTrustManager trustManager(KeyStore store) throws GeneralSecurityException {
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(store);
        for (TrustManager manager : factory.getTrustManagers()) {
            if (manager instanceof X509ExtendedTrustManager x509) {
                return x509;
            }
        }
        throw new GeneralSecurityException("no X.509 trust manager in this Java runtime");
    }

    private static ApiException invalid(String message) {
        return new ApiException(ApiException.Kind.INVALID_INPUT, message);
    }
}

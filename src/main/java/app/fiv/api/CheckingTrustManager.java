package app.fiv.api;

import java.net.Socket;
import java.security.MessageDigest;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * Checks a server's certificate chain against a pinned fingerprint or the given CA trust
 * managers, and keeps the certificate it refused. The CA path keeps the JDK's host name check
 * (the engine-aware calls); a pin skips it on purpose, since it names the certificate exactly.
 */
final class CheckingTrustManager extends X509ExtendedTrustManager {
    private final byte[] pin;
    private final List<X509ExtendedTrustManager> delegates;
    private final AtomicReference<X509Certificate> lastRefused;

    CheckingTrustManager(byte[] pin, List<X509ExtendedTrustManager> delegates,
                         AtomicReference<X509Certificate> lastRefused) {
        this.pin = pin == null ? null : pin.clone();
        this.delegates = List.copyOf(delegates);
        this.lastRefused = lastRefused;
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
        check(chain, delegate -> delegate.checkServerTrusted(chain, authType, engine));
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
        check(chain, delegate -> delegate.checkServerTrusted(chain, authType, socket));
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        check(chain, delegate -> delegate.checkServerTrusted(chain, authType));
    }

    private interface Check {
        void run(X509ExtendedTrustManager delegate) throws CertificateException;
    }

    private void check(X509Certificate[] chain, Check check) throws CertificateException {
        if (chain == null || chain.length == 0) {
            throw new CertificateException("the server sent no certificate");
        }
        if (pin != null) {
            if (!MessageDigest.isEqual(pin, CertificateInfo.sha256(chain[0]))) {
                throw refuse(chain[0], "it is not the certificate whose fingerprint was given", null);
            }
            return;
        }
        CertificateException first = null;
        for (X509ExtendedTrustManager delegate : delegates) {
            try {
                check.run(delegate);
                return;
            } catch (CertificateException e) {
                first = first == null ? e : first;
            }
        }
        throw refuse(chain[0], first == null ? "no trust anchor" : first.getMessage(), first);
    }

    private UntrustedCertificateException refuse(X509Certificate certificate, String reason, Throwable cause) {
        lastRefused.set(certificate);
        return new UntrustedCertificateException(reason, certificate, cause);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
        throw new CertificateException("this trust manager only checks servers");
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
        throw new CertificateException("this trust manager only checks servers");
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        throw new CertificateException("this trust manager only checks servers");
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return delegates.stream().flatMap(d -> Stream.of(d.getAcceptedIssuers())).toArray(X509Certificate[]::new);
    }
}

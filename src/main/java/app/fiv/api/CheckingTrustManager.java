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
 *
 * <p>When every CA trust manager refuses, the most specific reason is kept: with a CA file, the
 * runtime's own CAs find no path for a certificate the file's CA signed for another host, while
 * the file's trust manager finds the chain and then the wrong name, and the name is the news.
 */
final class CheckingTrustManager extends X509ExtendedTrustManager {
    private final byte[] pin;
    private final List<X509ExtendedTrustManager> delegates;
    private final AtomicReference<UntrustedCertificateException> lastRefused;

    CheckingTrustManager(byte[] pin, List<X509ExtendedTrustManager> delegates,
                         AtomicReference<UntrustedCertificateException> lastRefused) {
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
                throw refuse(chain[0], "it is not the certificate whose fingerprint was given",
                        CertificateProblem.NOT_PINNED, null);
            }
            return;
        }
        CertificateException best = null;
        CertificateProblem problem = CertificateProblem.UNTRUSTED_ISSUER;
        for (X509ExtendedTrustManager delegate : delegates) {
            try {
                check.run(delegate);
                return;
            } catch (CertificateException e) {
                CertificateProblem found = CertificateProblem.of(e);
                if (best == null || found.specificity() > problem.specificity()) {
                    best = e;
                    problem = found;
                }
            }
        }
        throw refuse(chain[0], best == null ? "no trust anchor" : rootMessage(best), problem, best);
    }

    private UntrustedCertificateException refuse(X509Certificate certificate, String reason, CertificateProblem problem,
                                                 Throwable cause) {
        UntrustedCertificateException refused = new UntrustedCertificateException(reason, certificate, problem, cause);
        lastRefused.set(refused);
        return refused;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause().getMessage() != null) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
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

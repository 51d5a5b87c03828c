package app.fiv.api;

import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;

/**
 * Thrown by {@link TlsTrust}'s trust manager; carries the refused certificate and the most specific
 * reason found through the TLS stack. The message is the check's own words.
 */
final class UntrustedCertificateException extends CertificateException {
    private final transient X509Certificate certificate;
    private final CertificateProblem problem;

    UntrustedCertificateException(String reason, X509Certificate certificate, CertificateProblem problem, Throwable cause) {
        super(reason, cause);
        this.certificate = certificate;
        this.problem = problem;
    }

    X509Certificate certificate() {
        return certificate;
    }

    CertificateProblem problem() {
        return problem;
    }
}

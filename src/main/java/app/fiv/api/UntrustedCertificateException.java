package app.fiv.api;

import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;

/** Thrown by {@link TlsTrust}'s trust manager; carries the refused certificate through the TLS stack. */
final class UntrustedCertificateException extends CertificateException {
    private final transient X509Certificate certificate;

    UntrustedCertificateException(String reason, X509Certificate certificate, Throwable cause) {
        super(reason, cause);
        this.certificate = certificate;
    }

    X509Certificate certificate() {
        return certificate;
    }
}

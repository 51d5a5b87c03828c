package app.fiv.api;

import app.fiv.model.ServerText;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;

/**
 * What an admin needs to check a server certificate by eye and trust it on purpose: whom it names,
 * who issued it, when it is valid, and its SHA-256 fingerprint.
 *
 * @param sha256 upper-case hex bytes separated by colons, as browsers and {@code keytool} show it
 */
public record CertificateInfo(String subject, String issuer, Instant notBefore, Instant notAfter, String sha256) {

    /** The names come from the server's certificate and are shown in messages: made safe to print. */
    public CertificateInfo {
        subject = ServerText.clean(subject);
        issuer = ServerText.clean(issuer);
    }

    public static CertificateInfo of(X509Certificate certificate) {
        return new CertificateInfo(certificate.getSubjectX500Principal().getName(),
                certificate.getIssuerX500Principal().getName(),
                certificate.getNotBefore().toInstant(), certificate.getNotAfter().toInstant(),
                HexFormat.ofDelimiter(":").withUpperCase().formatHex(sha256(certificate)));
    }

    static byte[] sha256(X509Certificate certificate) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
        } catch (NoSuchAlgorithmException | CertificateEncodingException e) {
            throw new IllegalStateException("cannot fingerprint a certificate", e);
        }
    }

    /** One line for messages. */
    public String describe() {
        return "subject " + subject + ", issued by " + issuer + ", valid from " + notBefore + " to " + notAfter
                + ", SHA-256 fingerprint " + sha256;
    }

    /** The fingerprint as written in commands: lower-case hex without separators also matches. */
    public boolean matches(String fingerprint) {
        return sha256.replace(":", "").equalsIgnoreCase(fingerprint.replace(":", "").toUpperCase(Locale.ROOT));
    }
}

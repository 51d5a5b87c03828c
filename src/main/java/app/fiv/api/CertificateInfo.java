package app.fiv.api;

import app.fiv.model.ServerText;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * What an admin needs to check a server certificate by eye and decide about it: whom it names, the
 * host names it was issued for, who issued it, when it is valid, its SHA-256 fingerprint, and why
 * this computer refused it.
 *
 * @param sha256  upper-case hex bytes separated by colons, as browsers and {@code keytool} show it
 * @param names   the host names and addresses it is for ({@code DNS:cs.example.com, IP:10.0.0.5}), or its
 *                subject when it names none
 * @param problem why it was refused
 */
public record CertificateInfo(String subject, String issuer, Instant notBefore, Instant notAfter, String sha256,
                              String names, CertificateProblem problem) {

    /** The names come from the server's certificate and are shown in messages: made safe to print. */
    public CertificateInfo {
        subject = ServerText.clean(subject);
        issuer = ServerText.clean(issuer);
        names = names == null || names.isBlank() ? subject : ServerText.clean(names);
        problem = problem == null ? CertificateProblem.UNTRUSTED_ISSUER : problem;
    }

    /** A certificate refused for its issuer, its names unknown (as a pin remembers it). */
    public CertificateInfo(String subject, String issuer, Instant notBefore, Instant notAfter, String sha256) {
        this(subject, issuer, notBefore, notAfter, sha256, "", CertificateProblem.UNTRUSTED_ISSUER);
    }

    public static CertificateInfo of(X509Certificate certificate) {
        return of(certificate, CertificateProblem.UNTRUSTED_ISSUER);
    }

    public static CertificateInfo of(X509Certificate certificate, CertificateProblem problem) {
        return new CertificateInfo(certificate.getSubjectX500Principal().getName(),
                certificate.getIssuerX500Principal().getName(),
                certificate.getNotBefore().toInstant(), certificate.getNotAfter().toInstant(),
                HexFormat.ofDelimiter(":").withUpperCase().formatHex(sha256(certificate)), names(certificate), problem);
    }

    /** Its subject alternative names of the kinds a server is reached by (DNS names and IP addresses). */
    private static String names(X509Certificate certificate) {
        List<String> names = new ArrayList<>();
        try {
            Collection<List<?>> alternatives = certificate.getSubjectAlternativeNames();
            if (alternatives != null) {
                for (List<?> name : alternatives) {
                    if (name.size() == 2 && name.get(0) instanceof Integer type && (type == 2 || type == 7)) {
                        names.add((type == 2 ? "DNS:" : "IP:") + name.get(1));
                    }
                }
            }
        } catch (CertificateParsingException e) {
            // Unreadable names are shown as none; the subject stands in.
        }
        return String.join(", ", names);
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
        String forNames = names.equals(subject) ? "" : ", for " + names;
        return "subject " + subject + forNames + ", issued by " + issuer + ", valid from " + notBefore + " to " + notAfter
                + ", SHA-256 fingerprint " + sha256;
    }

    /** The fingerprint as written in commands: lower-case hex without separators also matches. */
    public boolean matches(String fingerprint) {
        return sha256.replace(":", "").equalsIgnoreCase(fingerprint.replace(":", "").toUpperCase(Locale.ROOT));
    }
}

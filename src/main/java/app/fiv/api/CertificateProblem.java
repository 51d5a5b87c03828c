package app.fiv.api;

import java.security.cert.CertPathBuilderException;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Why this computer refused a server certificate, in the admin's words. Name mismatches and
 * expired or not yet valid certificates are what an attacker's certificate looks like: one a
 * trusted authority issued, but for another name, or one long replaced; they are never offered to
 * be trusted without saying so.
 */
public enum CertificateProblem {
    /** Self-signed, or signed by an authority this computer does not trust. */
    UNTRUSTED_ISSUER,
    /** Signed by a trusted authority, but for other host names. */
    NAME_MISMATCH,
    /** Signed by a trusted authority, but expired. */
    EXPIRED,
    /** Signed by a trusted authority, but not valid yet. */
    NOT_YET_VALID,
    /** Not the certificate whose fingerprint was given to trust. */
    NOT_PINNED,
    /** Anything else the checks found (a revoked certificate, a weak algorithm...). */
    OTHER;

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    /** True for the refusals a certificate for the right server would never get from a trusted authority. */
    public boolean looksLikeAnAttack() {
        return this == NAME_MISMATCH || this == EXPIRED || this == NOT_YET_VALID;
    }

    /**
     * For the refusals that {@link #looksLikeAnAttack}: the plain warning given before any offer to
     * trust the certificate anyway; empty for the others.
     */
    public String attackWarning() {
        return switch (this) {
            case NAME_MISMATCH -> "This is what an attacker's certificate looks like: a real certificate from a trusted"
                    + " authority, issued for another name than this server's.";
            case EXPIRED -> "This is what an attacker's certificate looks like: an old certificate, replaced and perhaps"
                    + " stolen, that its authority no longer vouches for.";
            case NOT_YET_VALID -> "A certificate for this server would not look like this: its validity starts in the"
                    + " future. Check this computer's clock; if it is right, treat it as an attacker's certificate.";
            default -> "";
        };
    }

    /**
     * What a trust check's failure says, read from the JDK's exception and its causes. A problem
     * found after the chain was trusted (name, dates) says more than "no trusted path".
     */
    static CertificateProblem of(CertificateException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof CertificateExpiredException) {
                return EXPIRED;
            }
            if (t instanceof CertificateNotYetValidException) {
                return NOT_YET_VALID;
            }
            if (t instanceof CertPathValidatorException invalid) {
                if (invalid.getReason() == CertPathValidatorException.BasicReason.EXPIRED) {
                    return EXPIRED;
                }
                if (invalid.getReason() == CertPathValidatorException.BasicReason.NOT_YET_VALID) {
                    return NOT_YET_VALID;
                }
            }
            if (t instanceof CertPathBuilderException) {
                return UNTRUSTED_ISSUER;
            }
        }
        // The JDK's host name check throws a plain CertificateException, worded like this.
        String message = String.valueOf(e.getMessage());
        if (message.startsWith("No subject alternative") || message.startsWith("No name matching")) {
            return NAME_MISMATCH;
        }
        return message.contains("PKIX path building failed") ? UNTRUSTED_ISSUER : OTHER;
    }

    /** How sure a refusal is of its reason: the most specific of several checks is reported. */
    int specificity() {
        return switch (this) {
            case NAME_MISMATCH, EXPIRED, NOT_YET_VALID -> 3;
            case OTHER -> 2;
            case NOT_PINNED -> 1;
            case UNTRUSTED_ISSUER -> 0;
        };
    }

    /**
     * The reason in words, to follow "its certificate is not trusted: ".
     *
     * @param host   the host name or address the connection was for
     * @param detail the check's own message, for {@link #OTHER} and {@link #NOT_PINNED}
     */
    String words(CertificateInfo certificate, String host, String detail) {
        return switch (this) {
            case UNTRUSTED_ISSUER -> "it is self-signed, or signed by a certificate authority this computer does not trust";
            case NAME_MISMATCH -> "a trusted authority issued it for " + certificate.names() + ", not for " + host;
            case EXPIRED -> certificate.notAfter().isBefore(java.time.Instant.now())
                    ? "a trusted authority issued it, but it expired on " + WHEN.format(certificate.notAfter())
                    : "a trusted authority issued it, but a certificate it is signed with has expired";
            case NOT_YET_VALID -> "a trusted authority issued it, but it is not valid before "
                    + WHEN.format(certificate.notBefore()) + " (or this computer's clock is wrong)";
            case NOT_PINNED, OTHER -> detail;
        };
    }
}

package app.fiv.cli;

import app.fiv.api.ApiException;
import app.fiv.api.CertificateProblem;
import app.fiv.io.IoMessages;
import java.io.IOException;
import java.nio.file.Path;

/** How every command tells a failure: one error line (and what to do), and the documented exit code. */
final class Failures {
    private Failures() {
    }

    static int of(ApiException e, Messages messages) {
        messages.error(e.getMessage(), e);
        hint(e, messages);
        return ExitCodes.of(e.kind());
    }

    /** The way to trust a refused certificate, never offered for a suspicious one without saying so plainly. */
    private static void hint(ApiException e, Messages messages) {
        e.untrustedCertificate().ifPresent(certificate -> {
            CertificateProblem problem = certificate.problem();
            String pin = "--trust-fingerprint " + certificate.sha256();
            if (problem.looksLikeAnAttack()) {
                messages.warning(problem.attackWarning() + " Connect with a name it was issued for, or have the"
                        + " CommServe's certificate replaced. Trust this one only if the CommServe's administrator"
                        + " confirms this exact fingerprint, and then only with: " + pin);
            } else if (problem == CertificateProblem.NOT_PINNED) {
                messages.info("The server's certificate is not the one given: it may have been renewed, or someone"
                        + " may be intercepting the connection. If the CommServe's administrator confirms the new"
                        + " fingerprint, use: " + pin);
            } else {
                messages.info("If you have checked that this is your CommServe's certificate, trust exactly it with: " + pin);
            }
        });
    }

    /** @param target the file being written, or null for stdout */
    static int ofWriting(IOException e, Path target, Messages messages) {
        messages.error(target == null ? "Could not write to stdout (" + e.getMessage() + ")."
                : IoMessages.cannotWrite(target, e), e);
        return ExitCodes.FAILED;
    }
}

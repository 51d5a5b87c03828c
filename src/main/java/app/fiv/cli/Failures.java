package app.fiv.cli;

import app.fiv.api.ApiException;
import app.fiv.io.IoMessages;
import java.io.IOException;
import java.nio.file.Path;

/** How every command tells a failure: one error line (and what to do), and the documented exit code. */
final class Failures {
    private Failures() {
    }

    static int of(ApiException e, Messages messages) {
        messages.error(e.getMessage(), e);
        e.untrustedCertificate().ifPresent(certificate -> messages.info("If you have checked that this is your"
                + " CommServe's certificate, trust exactly it with: --trust-fingerprint " + certificate.sha256()));
        return ExitCodes.of(e.kind());
    }

    /** @param target the file being written, or null for stdout */
    static int ofWriting(IOException e, Path target, Messages messages) {
        messages.error(target == null ? "Could not write to stdout (" + e.getMessage() + ")."
                : IoMessages.cannotWrite(target, e), e);
        return ExitCodes.FAILED;
    }
}

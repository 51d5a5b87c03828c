package app.fiv.ui.common;

import app.fiv.api.CertificateInfo;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The dialogs view-models need, behind an interface: native file choosers cannot run headless, so
 * tests answer with a path of their own.
 */
public interface DialogService {
    /** Asks where to save; empty when the admin cancels. {@code folder} may be null. */
    Optional<Path> chooseSaveFile(String title, Path folder, String proposedName);

    /**
     * Shows a certificate this computer does not trust and asks whether to trust it for that server
     * only; {@code changed} when it is not the one the admin trusted before (a warning).
     */
    boolean trustCertificate(String server, CertificateInfo certificate, boolean changed);

    /** Asks for a CA certificate file (PEM); empty when the admin cancels. */
    Optional<Path> chooseCaFile(String title);

    /** Asks for a file to open, of the types offered (the first one chosen); empty when the admin cancels. */
    Optional<Path> chooseOpenFile(String title, Path folder, List<FileType> types);

    /** Asks where to save a file of these types (not an export of rows); empty when the admin cancels. */
    Optional<Path> chooseSaveFile(String title, Path folder, String proposedName, List<FileType> types);

    /** Asks for one line of text that {@link TextQuestion#problem} accepts; empty when the admin cancels. */
    Optional<String> askText(TextQuestion question);
}

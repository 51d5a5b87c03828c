package app.fiv.ui.common;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The dialogs view-models need, behind an interface: native file choosers cannot run headless, so
 * tests answer with a path of their own.
 */
public interface DialogService {
    /** Asks where to save; empty when the admin cancels. {@code folder} may be null. */
    Optional<Path> chooseSaveFile(String title, Path folder, String proposedName);
}

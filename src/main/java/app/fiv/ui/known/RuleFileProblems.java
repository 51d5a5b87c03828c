package app.fiv.ui.known;

import app.fiv.known.RulesFileException;
import app.fiv.model.ServerText;
import app.fiv.ui.common.ErrorMessages;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;

/**
 * A failure of known failures in words. A rules file's refusal already says which file and what
 * is wrong with it, so it is shown as it is, not as an unexpected error; a file that cannot be
 * written says which path is in the way and why.
 */
final class RuleFileProblems {
    private RuleFileProblems() {
    }

    static String of(Throwable error) {
        return error instanceof RulesFileException refusal && refusal.getMessage() != null
                ? ServerText.clean(refusal.getMessage()) : ErrorMessages.of(error);
    }

    /** Why the rules could not be written, for "could not be saved in FILE (…)". */
    static String ofWriting(Throwable error) {
        if (error instanceof AccessDeniedException denied) {
            return "permission denied on " + denied.getFile();
        }
        if (error instanceof FileAlreadyExistsException inTheWay) {
            return inTheWay.getFile() + " is in the way: a file where the folder should be";
        }
        if (error instanceof FileSystemException system) {
            return system.getFile() + ": " + (system.getReason() == null ? system.getClass().getSimpleName() : system.getReason());
        }
        if (error instanceof IOException io && io.getMessage() != null) {
            return ServerText.clean(io.getMessage());
        }
        return ErrorMessages.of(error);
    }
}

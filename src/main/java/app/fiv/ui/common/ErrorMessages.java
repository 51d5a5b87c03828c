package app.fiv.ui.common;

import app.fiv.api.ApiException;
import app.fiv.model.ServerText;

/**
 * The sentence the admin reads for a failure: ours as written, anything unexpected made readable.
 * An {@link ApiException}'s message is already safe to show; any other is cleaned the same way.
 */
public final class ErrorMessages {
    private ErrorMessages() {
    }

    public static String of(Throwable failure) {
        if (failure instanceof ApiException api) {
            return api.getMessage();
        }
        String message = failure.getMessage();
        String kind = failure.getClass().getSimpleName();
        return message == null || message.isBlank()
                ? "An unexpected error occurred (" + kind + ")."
                : ServerText.clean("An unexpected error occurred: " + message + " (" + kind + ").");
    }
}

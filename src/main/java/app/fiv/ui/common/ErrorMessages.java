package app.fiv.ui.common;

import app.fiv.api.ApiException;

/** The sentence the admin reads for a failure: ours as written, anything unexpected made readable. */
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
                : "An unexpected error occurred: " + message + " (" + kind + ").";
    }
}

package app.fiv.cli;

import app.fiv.api.ApiException;

/** Usage errors found before anything is sent: exit code 2 with a message that says what to give instead. */
final class UsageErrors {
    private UsageErrors() {
    }

    static ApiException invalid(String message) {
        return new ApiException(ApiException.Kind.INVALID_INPUT, message);
    }
}

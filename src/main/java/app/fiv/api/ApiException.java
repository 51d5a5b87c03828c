package app.fiv.api;

/**
 * Every failure of a CommServe call, typed so the window and the command line can react to each
 * kind. The message is written for the admin (what happened, what to try) and never carries a
 * token or a password.
 */
public final class ApiException extends Exception {
    /** What went wrong, from the admin's point of view. */
    public enum Kind {
        /** The input (server address, job ID) is not valid; nothing was sent. */
        INVALID_INPUT,
        /** Wrong credentials, locked account, or a token the server no longer accepts. */
        AUTHENTICATION,
        /** The job does not exist on that CommServe. */
        NOT_FOUND,
        /** The server answered, but with an error or with something that is not the expected data. */
        SERVER,
        /** The server could not be reached: refused, timed out, unknown host, TLS failure. */
        NETWORK
    }

    private final Kind kind;

    public ApiException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public ApiException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}

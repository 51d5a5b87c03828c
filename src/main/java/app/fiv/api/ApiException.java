package app.fiv.api;

import app.fiv.model.ServerText;

/**
 * Every failure of a CommServe call, typed so the window and the command line can react to each
 * kind. The message is written for the admin (what happened, what to try) and never carries a
 * token or a password. It often quotes the server, so it is made safe to print here, once for all
 * messages ({@link ServerText#clean}): no control characters, no bidirectional overrides.
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
    private boolean sessionRejected;
    private boolean endpointMissing;
    private CertificateInfo untrustedCertificate;

    public ApiException(Kind kind, String message) {
        super(ServerText.clean(message));
        this.kind = kind;
    }

    public ApiException(Kind kind, String message, Throwable cause) {
        super(ServerText.clean(message), cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    /** An {@link Kind#AUTHENTICATION} error for a 401: the session token is no longer accepted, so renewing it may help. */
    public static ApiException sessionRejected(String message) {
        ApiException e = new ApiException(Kind.AUTHENTICATION, message);
        e.sessionRejected = true;
        return e;
    }

    /** As {@link #sessionRejected(String)}, when renewing the rejected session failed as well. */
    public static ApiException sessionRejected(String message, Throwable cause) {
        ApiException e = new ApiException(Kind.AUTHENTICATION, message, cause);
        e.sessionRejected = true;
        return e;
    }

    /** A {@link Kind#NETWORK} error for a server certificate this computer does not trust. */
    public static ApiException untrustedCertificate(String message, CertificateInfo certificate, Throwable cause) {
        ApiException e = new ApiException(Kind.NETWORK, message, cause);
        e.untrustedCertificate = certificate;
        return e;
    }

    /**
     * A {@link Kind#SERVER} error for an endpoint this server does not have at all (its web server
     * answered 404 without a Commvault message): an older service pack. The window hides that part.
     */
    public static ApiException endpointMissing(String message) {
        ApiException e = new ApiException(Kind.SERVER, message);
        e.endpointMissing = true;
        return e;
    }

    /** True when the server has no such endpoint, so asking again will not help. */
    public boolean isEndpointMissing() {
        return endpointMissing;
    }

    /** True when the server answered 401 to a session token (not for a refused password). */
    public boolean isSessionRejected() {
        return sessionRejected;
    }

    /** The certificate the server showed, when the error is that it is not trusted. */
    public java.util.Optional<CertificateInfo> untrustedCertificate() {
        return java.util.Optional.ofNullable(untrustedCertificate);
    }
}

package app.fiv.api;

import java.net.URI;
import java.util.Objects;

/**
 * A logged-in user on one web service, and what the session proves itself with: a session token
 * from a password login, or an access token pair. The user name is blank when the server did not
 * tell it (an access token whose user is not known yet). The credential is a secret: it never shows
 * in {@link #toString()}.
 */
public record Session(URI webService, String userName, Credential credential) {
    public Session {
        Objects.requireNonNull(webService, "webService");
        Objects.requireNonNull(userName, "userName");
        Objects.requireNonNull(credential, "credential");
    }

    /** A session of a password login, with its session token. */
    public Session(URI webService, String userName, String token) {
        this(webService, userName, new Credential.SessionToken(token));
    }

    /** The secret sent with every request: the session token, or the access token. */
    public String token() {
        return credential.requestToken();
    }

    public boolean usesAccessToken() {
        return credential instanceof Credential.AccessToken;
    }

    /** The same session under the user name the server tells. */
    public Session withUserName(String name) {
        return new Session(webService, name == null ? "" : name.strip(), credential);
    }

    /** The same user on the same web service, with a renewed credential. */
    public Session with(Credential renewed) {
        return new Session(webService, userName, renewed);
    }

    /** Scheme, host and port: the only origin this session's token may be sent to. */
    public String origin() {
        return webService.getScheme() + "://" + webService.getRawAuthority();
    }

    @Override
    public String toString() {
        return "Session[" + (userName.isBlank() ? "(user not known yet)" : userName) + " @ " + webService + ", "
                + (usesAccessToken() ? "access token" : "token") + "=(hidden)]";
    }
}

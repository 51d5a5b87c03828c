package app.fiv.api;

import java.net.URI;
import java.util.Objects;

/** A logged-in user on one web service. The token is a secret: it never shows in {@link #toString()}. */
public record Session(URI webService, String userName, String token) {
    public Session {
        Objects.requireNonNull(webService, "webService");
        Objects.requireNonNull(userName, "userName");
        Objects.requireNonNull(token, "token");
    }

    /** Scheme, host and port: the only origin this session's token may be sent to. */
    public String origin() {
        return webService.getScheme() + "://" + webService.getRawAuthority();
    }

    @Override
    public String toString() {
        return "Session[" + userName + " @ " + webService + ", token=(hidden)]";
    }
}

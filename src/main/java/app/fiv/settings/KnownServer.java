package app.fiv.settings;

import java.util.Objects;

/** A server and user name the app has logged in with before. */
public record KnownServer(String server, String user) {

    public KnownServer {
        Objects.requireNonNull(server, "server");
        Objects.requireNonNull(user, "user");
    }
}

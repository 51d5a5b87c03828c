package app.fiv.session;

import app.fiv.api.ApiException;
import app.fiv.api.CommServeClient;
import java.net.URI;

/** The client to use for a server: each server may need its own certificate trust. */
@FunctionalInterface
public interface Clients {
    CommServeClient forServer(URI webService) throws ApiException;

    /** One client for every server (tests, and plain HTTP). */
    static Clients of(CommServeClient client) {
        return webService -> client;
    }
}

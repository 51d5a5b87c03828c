package app.fiv.ui.login;

import app.fiv.api.Credential;
import java.io.IOException;
import java.net.URI;

/** Starts the built-in demo CommServe (once) and says how to log in to it. Blocks; call it off the FX thread. */
public interface DemoServerLauncher {
    Details start() throws IOException;

    /** A new access token pair of the demo user, as Command Center would create it; starts the server if needed. */
    default Credential.AccessToken issueAccessToken() throws IOException {
        throw new IOException("this demo server hands out no access tokens");
    }

    /** Where the demo server runs and its demo account. */
    record Details(URI webService, String user, String password) {
    }
}

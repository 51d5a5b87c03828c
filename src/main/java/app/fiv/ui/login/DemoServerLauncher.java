package app.fiv.ui.login;

import java.io.IOException;
import java.net.URI;

/** Starts the built-in demo CommServe (once) and says how to log in to it. Blocks; call it off the FX thread. */
public interface DemoServerLauncher {
    Details start() throws IOException;

    /** Where the demo server runs and its demo account. */
    record Details(URI webService, String user, String password) {
    }
}

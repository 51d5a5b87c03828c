package app.fiv.cli;

import app.fiv.api.ApiException;
import app.fiv.api.CancelSignal;
import app.fiv.api.ClientTimeouts;
import app.fiv.api.CommServeClient;
import app.fiv.api.ServerAddress;
import app.fiv.api.TlsTrust;
import app.fiv.api.WireFormat;
import app.fiv.session.SessionKeeper;
import java.nio.file.Path;

/**
 * A checked way to one CommServe, from {@link ServerOptions}.
 *
 * @param passwordFile the password file, or null
 */
record ServerConnection(ServerAddress server, String user, Path passwordFile, TlsTrust trust, WireFormat accept,
                        ClientTimeouts timeouts) {

    /** Logs in the way the README promises (see {@link SignIn}) and gives the keeper for every call. Blocks. */
    SessionKeeper open(CliEnvironment environment, Messages messages, CancelSignal cancel) throws ApiException {
        CommServeClient client = CommServeClient.create(environment.deviceId().get(), trust, accept, timeouts);
        return new SignIn(environment, messages).open(client, server, user, passwordFile, cancel);
    }
}

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
import java.time.Duration;

/**
 * A checked way to one CommServe, from {@link ServerOptions}.
 *
 * @param user         the user name; blank only with a token file (the server then names the user)
 * @param passwordFile the password file, or null
 * @param tokenFile    the access token pair's file, or null to log in with a password
 */
record ServerConnection(ServerAddress server, String user, Path passwordFile, Path tokenFile, TlsTrust trust,
                        WireFormat accept, ClientTimeouts timeouts) {

    /** Logs in the way the README promises (see {@link SignIn}) and gives the keeper for every call. Blocks. */
    SessionKeeper open(CliEnvironment environment, Messages messages, CancelSignal cancel) throws ApiException {
        CommServeClient client = CommServeClient.create(environment.deviceId().get(), trust, accept, timeouts);
        SignIn signIn = new SignIn(environment, messages);
        if (tokenFile != null) {
            // Long enough for another run's renewal to get its answer or time out.
            Duration lockWait = timeouts.connect().plus(timeouts.answer()).plusSeconds(10);
            return signIn.openWithTokenFile(client, server, user, tokenFile, lockWait, cancel);
        }
        return signIn.open(client, server, user, passwordFile, cancel);
    }
}

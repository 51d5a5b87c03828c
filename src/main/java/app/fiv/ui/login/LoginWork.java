package app.fiv.ui.login;

import app.fiv.api.Credential;
import app.fiv.api.ServerAddress;
import app.fiv.api.Session;
import app.fiv.session.SessionStore;
import app.fiv.session.TrustedClients;
import app.fiv.ui.task.Work;
import java.util.Arrays;
import java.util.Optional;

/** The background work of a login, one way per {@link LoginMode}: log in, then remember (or forget) it. */
final class LoginWork {
    /** A session, and a warning if it could not be saved for next time. */
    record Result(Session session, Optional<String> warning) {
    }

    private LoginWork() {
    }

    /** The password array is wiped once the login request is sent, whatever happens. */
    static Work<Result, Void> withPassword(TrustedClients clients, SessionStore sessions, ServerAddress address,
                                           String user, char[] password, boolean remember) {
        return context -> {
            try {
                Session session = clients.forServer(address.candidates().get(0))
                        .login(address, user, password, context.cancelSignal());
                return new Result(session, sessions.remember(session, remember));
            } finally {
                Arrays.fill(password, '\0');
            }
        };
    }

    static Work<Result, Void> withAccessToken(SessionStore sessions, ServerAddress address, Credential.AccessToken token,
                                              boolean remember) {
        return context -> {
            Session session = sessions.openWithAccessToken(address, token, remember, context.cancelSignal());
            return new Result(session, sessions.remember(session, remember));
        };
    }
}

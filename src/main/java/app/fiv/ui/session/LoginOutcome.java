package app.fiv.ui.session;

import app.fiv.api.Session;
import java.util.function.Consumer;

/** How a login that was asked for ended. */
public interface LoginOutcome {
    void loggedIn(Session session);

    /** The login dialog was closed without logging in. */
    void abandoned();

    /** Does something once logged in, nothing if the admin gives up. */
    static LoginOutcome onLogin(Consumer<Session> then) {
        return new LoginOutcome() {
            @Override
            public void loggedIn(Session session) {
                then.accept(session);
            }

            @Override
            public void abandoned() {
            }
        };
    }

    /** An outcome that does nothing either way: a login the admin asked for themselves. */
    LoginOutcome NONE = new LoginOutcome() {
        @Override
        public void loggedIn(Session session) {
        }

        @Override
        public void abandoned() {
        }
    };
}

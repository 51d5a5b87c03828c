package app.fiv.ui.login;

import app.fiv.api.Credential;
import java.util.Optional;

/** How to log in to the demo server just started: its account, and a pair it handed out if one was asked for. */
record DemoLogin(DemoServerLauncher.Details details, Optional<Credential.AccessToken> token) {
    /** What the login form says about it (the demo's password is no secret; a token is never shown). */
    String describe() {
        return "Demo server running at " + details.webService() + (token.isPresent()
                ? " — a new access token pair of user \"" + details.user() + "\" is filled in, as Command Center"
                + " would show it. Demo sessions are not remembered."
                : " — user \"" + details.user() + "\", password \"" + details.password()
                + "\". Demo sessions are not remembered.");
    }

    @Override
    public String toString() {
        return "DemoLogin[" + details.webService() + (token.isPresent() ? ", with an access token (hidden)]" : "]");
    }
}

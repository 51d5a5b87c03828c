package app.fiv.session;

import app.fiv.api.Session;
import java.util.Optional;

/**
 * What became of the saved login at start-up: a working session, or the reason the admin has to
 * log in (empty when there was simply nothing saved).
 */
public record RestoreOutcome(Optional<Session> session, Optional<String> problem) {
    static RestoreOutcome restored(Session session) {
        return new RestoreOutcome(Optional.of(session), Optional.empty());
    }

    static RestoreOutcome nothingSaved() {
        return new RestoreOutcome(Optional.empty(), Optional.empty());
    }

    static RestoreOutcome failed(String problem) {
        return new RestoreOutcome(Optional.empty(), Optional.of(problem));
    }
}

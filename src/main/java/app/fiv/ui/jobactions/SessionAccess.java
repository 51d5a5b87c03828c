package app.fiv.ui.jobactions;

import app.fiv.api.Session;
import app.fiv.session.SessionKeeper;
import app.fiv.ui.session.SessionViewModel;
import java.net.URI;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/** The window's session as job actions need it: who is logged in where, and the keeper to call with. */
public record SessionAccess(ReadOnlyObjectProperty<Session> session, Supplier<Optional<SessionKeeper>> keeper) {
    public static SessionAccess of(SessionViewModel model) {
        return new SessionAccess(model.sessionProperty(), model::keeper);
    }

    /** No one logged in, ever: for views shown without a session. */
    public static SessionAccess offline() {
        return new SessionAccess(new ReadOnlyObjectWrapper<Session>().getReadOnlyProperty(), Optional::empty);
    }

    /** The keeper, when the session open now is on {@code server}. */
    public Optional<SessionKeeper> keeperFor(URI server) {
        Session now = session.get();
        return now != null && now.webService().equals(server) ? keeper.get() : Optional.empty();
    }

    /** Why nothing can be asked of {@code server} now, or empty when it can. */
    public Optional<String> offlineReason(URI server, String toDo) {
        Session now = session.get();
        if (now == null || keeper.get().isEmpty()) {
            return Optional.of("Log in to " + toDo + ".");
        }
        if (!now.webService().equals(server)) {
            return Optional.of("This job came from " + server.getHost() + "; log in to that CommServe to " + toDo + ".");
        }
        return Optional.empty();
    }
}

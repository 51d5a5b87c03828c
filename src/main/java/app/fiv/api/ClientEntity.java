package app.fiv.api;

import app.fiv.model.ServerText;

/**
 * A client as {@code GET Client} names it; names are blank when the server left them out. They are
 * shown in the window and on the terminal, so they are kept as {@link ServerText#clean} makes them.
 */
public record ClientEntity(long clientId, String clientName, String displayName) {
    public ClientEntity {
        clientName = ServerText.clean(clientName);
        displayName = ServerText.clean(displayName);
    }

    /** True when either name is this one, ignoring case (as Commvault does for client names). */
    public boolean isNamed(String name) {
        String wanted = name.strip();
        return !wanted.isEmpty() && (clientName.equalsIgnoreCase(wanted) || displayName.equalsIgnoreCase(wanted));
    }
}

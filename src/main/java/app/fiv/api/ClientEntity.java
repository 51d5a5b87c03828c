package app.fiv.api;

/** A client as {@code GET Client} names it; names are blank when the server left them out. */
public record ClientEntity(long clientId, String clientName, String displayName) {
    /** True when either name is this one, ignoring case (as Commvault does for client names). */
    public boolean isNamed(String name) {
        String wanted = name.strip();
        return !wanted.isEmpty() && (clientName.equalsIgnoreCase(wanted) || displayName.equalsIgnoreCase(wanted));
    }
}

package app.fiv.settings;

import java.util.Optional;

/** A stored login token for a (server, user) pair. */
public interface TokenStore {

    /** The token saved for this server and user, or empty if there is none. */
    Optional<String> load(String server, String user) throws TokenStoreException;

    /** Saves the token, replacing any earlier one for this server and user. */
    void save(String server, String user, String token) throws TokenStoreException;

    /** Forgets the token for this server and user; forgetting one that is not there is not an error. */
    void delete(String server, String user) throws TokenStoreException;

    /**
     * Where tokens are kept, in words for the UI/README, e.g. "the system keyring (Secret Service)" or
     * "a file readable only by you: /home/x/.config/failed-items-viewer/tokens.json".
     */
    String description();
}

package app.fiv.settings;

/**
 * A token could not be loaded, saved or deleted. The message is meant for the user and never contains a
 * token; causes are only attached when their messages cannot contain one either.
 */
public class TokenStoreException extends Exception {

    public TokenStoreException(String message) {
        super(message);
    }

    public TokenStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}

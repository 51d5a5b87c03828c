package app.fiv.model;

/** A response that is not a failed-items document we can read; the message says what was wrong. */
public class ResponseFormatException extends Exception {
    public ResponseFormatException(String message) {
        super(message);
    }

    public ResponseFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}

package app.fiv.known;

/** A rules file that cannot be used, with a message that names the file and what is wrong in it. */
public final class RulesFileException extends Exception {
    public RulesFileException(String message) {
        super(message);
    }

    public RulesFileException(String message, Throwable cause) {
        super(message, cause);
    }
}

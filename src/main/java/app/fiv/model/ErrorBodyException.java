package app.fiv.model;

/** The server answered with a Commvault error ({@code errorCode}/{@code errorMessage}) instead of data. */
public final class ErrorBodyException extends ResponseFormatException {
    private final String errorCode;
    private final String errorMessage;

    public ErrorBodyException(String errorCode, String errorMessage) {
        super(describe(errorCode, errorMessage));
        this.errorCode = errorCode;
        this.errorMessage = errorMessage;
    }

    public String errorCode() {
        return errorCode;
    }

    public String errorMessage() {
        return errorMessage;
    }

    private static String describe(String code, String message) {
        String text = message == null || message.isBlank() ? "(no message)" : message.strip();
        return code == null || code.isBlank() ? text : text + " (error code " + code + ")";
    }
}

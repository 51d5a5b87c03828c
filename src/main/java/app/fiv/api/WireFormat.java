package app.fiv.api;

/** The format asked of the CommServe with the {@code Accept} header. Answers are read by their content either way. */
public enum WireFormat {
    JSON("application/json"),
    XML("application/xml");

    private final String mediaType;

    WireFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }
}

package app.fiv.demo;

import java.util.List;

/** JSON or XML, chosen from the request's {@code Accept} header like Commvault does. */
enum ResponseFormat {
    JSON("application/json;charset=utf-8"),
    XML("application/xml;charset=utf-8");

    private final String contentType;

    ResponseFormat(String contentType) {
        this.contentType = contentType;
    }

    String contentType() {
        return contentType;
    }

    /**
     * XML unless a media range of the header is exactly {@code application/json} (parameters
     * ignored): a client that forgets the header must notice at once.
     */
    static ResponseFormat fromAccept(List<String> acceptHeaders) {
        if (acceptHeaders != null) {
            for (String accept : acceptHeaders) {
                for (String range : accept.split(",")) {
                    String mediaType = range.split(";", 2)[0].trim();
                    if (mediaType.equalsIgnoreCase("application/json")) {
                        return JSON;
                    }
                }
            }
        }
        return XML;
    }
}

package app.fiv.demo;

import java.util.List;
import java.util.Locale;

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

    /** XML unless JSON is asked for: a client that forgets the header must notice at once. */
    static ResponseFormat fromAccept(List<String> acceptHeaders) {
        if (acceptHeaders != null) {
            for (String accept : acceptHeaders) {
                if (accept.toLowerCase(Locale.ROOT).contains("application/json")) {
                    return JSON;
                }
            }
        }
        return XML;
    }
}

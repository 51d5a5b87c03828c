package app.fiv.demo;

import com.sun.net.httpserver.Headers;

/**
 * A request to the web service, with its path relative to the web service root (e.g. {@code /Job/1001})
 * and its raw query string ({@code null} when there is none).
 */
record ApiRequest(String method, String path, String rawQuery, Headers headers, String body) {

    /** First value of a header, matched case-insensitively; {@code null} when absent. */
    String header(String name) {
        return headers.getFirst(name);
    }

    QueryString query() {
        return QueryString.parse(rawQuery);
    }
}

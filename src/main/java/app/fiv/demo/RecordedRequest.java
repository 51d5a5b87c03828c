package app.fiv.demo;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A request as the demo server received it, for tests that assert what a client sent.
 *
 * @param method  HTTP method, e.g. {@code GET}
 * @param path    raw (still percent-encoded) request path, including the web service root
 * @param query   raw query string without {@code ?}, or {@code ""} when there is none
 * @param headers request headers; an unmodifiable copy whose keys match case-insensitively
 * @param body    request body decoded as UTF-8 ({@code ""} when empty); it may hold a Base64 password
 */
public record RecordedRequest(String method, String path, String query, Map<String, List<String>> headers,
                              String body) {

    public RecordedRequest {
        query = query == null ? "" : query;
        body = body == null ? "" : body;
        TreeMap<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((name, values) -> copy.merge(name, List.copyOf(values), RecordedRequest::concat));
        headers = Collections.unmodifiableMap(copy);
    }

    /** First value of a header (any letter case), or {@code null} if it was not sent. */
    public String header(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    private static List<String> concat(List<String> first, List<String> second) {
        return Stream.concat(first.stream(), second.stream()).toList();
    }
}

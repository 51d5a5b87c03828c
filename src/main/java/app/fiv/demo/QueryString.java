package app.fiv.demo;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The parameters of a raw query string, decoded; the first of repeated names counts. A name
 * without {@code =} has the empty value, so {@code jobFilter} and {@code jobFilter=} are the same.
 */
final class QueryString {

    private final Map<String, String> parameters = new LinkedHashMap<>();

    private QueryString() {
    }

    static QueryString parse(String raw) {
        QueryString query = new QueryString();
        if (raw == null || raw.isEmpty()) {
            return query;
        }
        for (String pair : raw.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            query.parameters.putIfAbsent(name, value);
        }
        return query;
    }

    /** The value, or empty when the parameter is absent (present but empty is {@code ""}). */
    Optional<String> get(String name) {
        return Optional.ofNullable(parameters.get(name));
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException badEscape) {
            return text; // a stray % is taken literally rather than refusing the whole request
        }
    }
}

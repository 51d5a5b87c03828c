package app.fiv.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Reads what a server said when it did not answer with data, and words it for the admin. */
final class ErrorResponses {
    private static final int MAX_ERROR_BODY = 64 * 1024;

    private ErrorResponses() {
    }

    /** The server's own explanation from a Commvault error body ({@code errorMessage}, {@code errList}). */
    static Optional<String> serverMessage(byte[] body) {
        JsonNode root = AnswerTrees.parse(body);
        if (root == null) {
            return Optional.empty();
        }
        String message = root.path("errorMessage").asText("");
        if (message.isBlank()) {
            message = XmlTree.first(root.path("errList")).path("errLogMessage").asText("");
        }
        return message.isBlank() ? Optional.empty() : Optional.of(message.strip());
    }

    static byte[] readBounded(BufferedInputStream body) throws IOException {
        return body.readNBytes(MAX_ERROR_BODY);
    }

    /** The error for a non-2xx answer. */
    static ApiException forStatus(Exchange.Response response, URI target, boolean jobCall) throws IOException {
        int status = response.status();
        BufferedInputStream body = response.body();
        BodyKind kind = BodyKind.of(response.contentType(), body);
        boolean structured = kind == BodyKind.JSON || kind == BodyKind.XML;
        Optional<String> said = structured ? serverMessage(readBounded(body)) : Optional.empty();
        String host = NetworkErrors.hostAndPort(target);
        String saidText = said.map(m -> ": " + m).orElse(".");
        if (status == 401) {
            return ApiException.sessionRejected("The CommServe at " + host
                    + " no longer accepts this session (it may have expired). Log in again.");
        }
        if (status == 403) {
            return new ApiException(ApiException.Kind.AUTHENTICATION, "The CommServe at " + host
                    + " refused the request (403 Forbidden)" + saidText
                    + " Check that your account may view this job.");
        }
        if (status == 404 && jobCall && said.isPresent()) {
            return new ApiException(ApiException.Kind.NOT_FOUND, said.get());
        }
        if (status == 404 && jobCall) {
            // The login worked, so the web service is there: this one endpoint is not.
            return new ApiException(ApiException.Kind.SERVER, "The CommServe at " + host + " has nothing at "
                    + target.getRawPath() + " (404 Not Found" + (kind == BodyKind.HTML ? ", a web page" : "")
                    + "). Its version may not offer this API yet, or a proxy in between does not pass it on.");
        }
        if (status == 404) {
            return new ApiException(ApiException.Kind.SERVER, "There is no Commvault REST API at "
                    + target + " (404 Not Found). Check the web service URL, e.g. https://"
                    + target.getHost() + "/commandcenter/api.");
        }
        if (status >= 300 && status < 400) {
            return new ApiException(ApiException.Kind.SERVER, "The server at " + host + " redirected the request"
                    + " (HTTP " + status + "). Use the address it redirects to as the server address.");
        }
        String what = status == 503 ? "is unavailable (HTTP 503)" : "reported an error (HTTP " + status + ")";
        String hint = kind == BodyKind.HTML ? " It answered with a web page, so a proxy may be in the way." : "";
        String when = retryAfter(response.retryAfter()).map(wait -> " It asks to be tried again " + wait + ".")
                .orElse(status >= 500 ? " Try again later; if it persists, check the CommServe's web server logs." : "");
        return new ApiException(ApiException.Kind.SERVER, "The CommServe at " + host + " " + what + saidText + hint + when);
    }

    /** A Retry-After in seconds as words; an HTTP date is shown as given. */
    private static Optional<String> retryAfter(String header) {
        String value = header == null ? "" : header.strip();
        if (value.isEmpty() || value.length() > 40) {
            return Optional.empty();
        }
        if (!value.chars().allMatch(Character::isDigit)) {
            return Optional.of("after " + value.replaceAll("\\p{Cntrl}", ""));
        }
        long seconds = value.length() > 9 ? 999_999_999L : Long.parseLong(value);
        return Optional.of("in " + (seconds < 120 ? seconds + " s" : seconds < 7200 ? (seconds + 59) / 60 + " minutes"
                : "about " + (seconds + 1800) / 3600 + " hours"));
    }

    /** The error for a 2xx answer that is neither JSON nor XML. */
    static ApiException unexpectedBody(BodyKind kind, BufferedInputStream body, URI target) throws IOException {
        String host = NetworkErrors.hostAndPort(target);
        return switch (kind) {
            case HTML -> new ApiException(ApiException.Kind.SERVER, "The server at " + host + " answered with a web page"
                    + " instead of API data: a proxy or a login portal may be in the way, or the web service URL"
                    + " is wrong. Open " + target + " in a browser to see what answers there.");
            case EMPTY -> new ApiException(ApiException.Kind.SERVER, "The server at " + host
                    + " sent an empty answer. Try again; if it persists, check the CommServe's web server.");
            default -> new ApiException(ApiException.Kind.SERVER, "The server at " + host
                    + " sent something that is not API data: \"" + preview(body) + "\". Check the web service URL.");
        };
    }

    private static String preview(BufferedInputStream body) throws IOException {
        String text = new String(body.readNBytes(120), StandardCharsets.UTF_8).strip().replaceAll("\\s+", " ");
        return text.replaceAll("\\p{Cntrl}", "?");
    }
}

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
    static ApiException forStatus(int status, String contentType, BufferedInputStream body, URI target,
                                  boolean jobCall) throws IOException {
        BodyKind kind = BodyKind.of(contentType, body);
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
        return new ApiException(ApiException.Kind.SERVER, "The CommServe at " + host + " " + what + saidText
                + hint + (status >= 500 ? " Try again later; if it persists, check the CommServe's web server logs." : ""));
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

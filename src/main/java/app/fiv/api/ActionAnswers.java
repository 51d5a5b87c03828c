package app.fiv.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What the job endpoints beyond the failed items (JobDetails, Events, Resubmit) have in common:
 * a small answer in JSON or XML that may carry a Commvault error in one of its documented forms,
 * {@code errors[0].errList[0].{errorCode, errLogMessage}}, {@code errList[0]} or
 * {@code errorCode}/{@code errorMessage}, often with HTTP 200; and a server of an older service
 * pack that has no such endpoint at all, which its web server answers with a 404 page.
 */
final class ActionAnswers {
    static final int MAX_ANSWER = 8 << 20;
    private static final int MAX_MESSAGE = 500;
    /** Said of the job, not of something else it needs ("Storage policy [SP1] not found" is a refusal). */
    private static final Pattern NOT_FOUND = Pattern.compile("(?i)\\bjob\\b[^.;]*?\\b(not\\s+(be\\s+)?found|does\\s+not\\s+exist)\\b"
            + "|\\bno\\s+such\\s+job\\b|\\binvalid\\s+job\\s*id\\b");

    /** A Commvault error the server gave instead of the data; code 0 when it gave none. */
    record ServerError(long code, String message) {
        boolean meansNotFound() {
            return code == 2 || NOT_FOUND.matcher(message).find();
        }

        /** "Job [4040] was not found. (error 2)", for the admin. */
        String told() {
            return message.isBlank() ? "error " + code : message + (code == 0 ? "" : " (error " + code + ")");
        }
    }

    private ActionAnswers() {
    }

    /** The answer of a call that went through, as a tree; any other answer as the error it is. */
    static JsonNode read(Exchange.Response response, URI target, String feature) throws IOException, ApiException {
        if (response.status() == 404) {
            throw forNotFound(response, target, feature);
        }
        if (!response.ok()) {
            throw ErrorResponses.forStatus(response, target, true);
        }
        BodyKind kind = BodyKind.of(response.contentType(), response.body());
        if (kind != BodyKind.JSON && kind != BodyKind.XML) {
            throw ErrorResponses.unexpectedBody(kind, response.body(), target);
        }
        return tree(response, target, feature);
    }

    /**
     * The error of a 404: the server's own "not found" when it said so in a Commvault body,
     * another Commvault message as a server error, else (a web page, nothing) a missing endpoint.
     */
    private static ApiException forNotFound(Exchange.Response response, URI target, String feature) throws IOException {
        BodyKind kind = BodyKind.of(response.contentType(), response.body());
        if (kind == BodyKind.JSON || kind == BodyKind.XML) {
            JsonNode root = AnswerTrees.parse(ErrorResponses.readBounded(response.body()));
            Optional<ServerError> said = root == null ? Optional.empty() : error(root);
            if (said.isPresent() && said.get().meansNotFound()) {
                return new ApiException(ApiException.Kind.NOT_FOUND, said.get().told());
            }
            if (said.isPresent()) {
                return new ApiException(ApiException.Kind.SERVER, "The CommServe at " + NetworkErrors.hostAndPort(target)
                        + " could not give " + feature + " (404 Not Found): " + said.get().told());
            }
        }
        return ApiException.endpointMissing("The CommServe at " + NetworkErrors.hostAndPort(target)
                + " does not offer " + feature + ": " + target.getRawPath() + " answered 404 Not Found"
                + (kind == BodyKind.HTML ? " (a web page)" : "") + ". Its service pack may be older than this"
                + " feature, or a proxy in between does not pass it on.");
    }

    /** The answer as a tree; too big or unreadable is a server error that names what was asked. */
    private static JsonNode tree(Exchange.Response response, URI target, String feature) throws IOException, ApiException {
        byte[] body = response.body().readNBytes(MAX_ANSWER + 1);
        if (body.length > MAX_ANSWER) {
            throw new ApiException(ApiException.Kind.SERVER, "The answer with " + feature + " from "
                    + NetworkErrors.hostAndPort(target) + " is larger than " + (MAX_ANSWER >> 20) + " MB;"
                    + " the viewer does not read that much.");
        }
        JsonNode root = AnswerTrees.parse(body);
        if (root == null) {
            throw new ApiException(ApiException.Kind.SERVER, "The answer with " + feature + " from "
                    + NetworkErrors.hostAndPort(target) + " is not valid JSON or XML, or is incomplete.");
        }
        return root;
    }

    /** The Commvault error in an answer, in any of its documented forms. */
    static Optional<ServerError> error(JsonNode root) {
        for (JsonNode entry : new JsonNode[] {
                XmlTree.first(XmlTree.first(root.path("errors")).path("errList")),
                XmlTree.first(root.path("errList")),
                root.path("error"),
                root}) {
            long code = entry.path("errorCode").asLong(0);
            String message = clean(entry.path("errLogMessage").asText(""));
            if (message.isBlank()) {
                message = clean(entry.path("errorMessage").asText(""));
            }
            if (code != 0 || !message.isBlank()) {
                return Optional.of(new ServerError(code, message));
            }
        }
        return Optional.empty();
    }

    /** Server text goes into our messages on one line and within reason. */
    static String clean(String text) {
        String line = text.replaceAll("[\\p{Cntrl}\\s]+", " ").strip();
        return line.length() <= MAX_MESSAGE ? line : line.substring(0, MAX_MESSAGE) + "…";
    }

    static ApiException jobNotFound(long jobId, URI target) {
        return new ApiException(ApiException.Kind.NOT_FOUND, "Job " + jobId + " was not found on "
                + target.getHost() + ". Check the job ID.");
    }
}

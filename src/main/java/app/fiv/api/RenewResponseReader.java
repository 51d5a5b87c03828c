package app.fiv.api;

import com.fasterxml.jackson.databind.JsonNode;

/** Reads the new token from {@code RenewLoginToken}'s answer, JSON or XML. */
final class RenewResponseReader {
    private RenewResponseReader() {
    }

    static Session read(byte[] body, Session old) throws ApiException {
        JsonNode root = AnswerTrees.parse(body);
        String token = root == null ? "" : root.path("token").asText("");
        if (token.isBlank()) {
            String said = root == null ? "" : root.path("errorMessage").asText("");
            throw new ApiException(ApiException.Kind.AUTHENTICATION, "The CommServe at "
                    + NetworkErrors.hostAndPort(old.webService()) + " did not renew the session"
                    + (said.isBlank() ? "" : ": " + said.strip()) + ". Log in again.");
        }
        return new Session(old.webService(), old.userName(), token);
    }
}

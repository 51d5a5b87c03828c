package app.fiv.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.Locale;

/** Turns the answer of {@code POST Login} into a session or a clear reason for refusal. */
final class LoginResponseReader {
    private LoginResponseReader() {
    }

    static Session read(byte[] body, URI webService, String user) throws ApiException {
        JsonNode root = AnswerTrees.parse(body);
        if (root == null || !root.isObject()) {
            throw new ApiException(ApiException.Kind.SERVER, "The login answer from "
                    + NetworkErrors.hostAndPort(webService) + " is neither valid JSON nor valid XML."
                    + " Check the web service URL.");
        }
        String token = root.path("token").asText("");
        if (!token.isBlank()) {
            String name = root.path("userName").asText("");
            return new Session(webService, name.isBlank() ? user : name, token);
        }
        throw refusal(root);
    }

    static ApiException refusal(JsonNode root) {
        if (root.path("isAccountLocked").asBoolean(false)) {
            long seconds = root.path("remainingLockTime").asLong(0);
            String time = seconds > 0 ? " for " + minutes(seconds) : "";
            return new ApiException(ApiException.Kind.AUTHENTICATION, "Account locked" + time
                    + ". Wait and try again, or ask a Commvault administrator to unlock it.");
        }
        String said = XmlTree.first(root.path("errList")).path("errLogMessage").asText("");
        if (said.isBlank()) {
            said = root.path("errorMessage").asText("");
        }
        String lower = said.toLowerCase(Locale.ROOT);
        if (said.isBlank() || (lower.contains("invalid") || lower.contains("incorrect"))
                && (lower.contains("password") || lower.contains("user"))) {
            return new ApiException(ApiException.Kind.AUTHENTICATION,
                    "Invalid username or password. Check both and try again.");
        }
        return new ApiException(ApiException.Kind.AUTHENTICATION, "Login refused: " + said.strip());
    }

    private static String minutes(long seconds) {
        long minutes = (seconds + 59) / 60;
        return minutes == 1 ? "1 min" : minutes + " min";
    }
}

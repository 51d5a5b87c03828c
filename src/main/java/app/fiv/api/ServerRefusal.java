package app.fiv.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;

/**
 * A Commvault error body ({@code errorMessage}, or {@code errList[0].errLogMessage}) where data was
 * expected, with HTTP 200: the CommServe refused, and says why in its own words.
 */
final class ServerRefusal extends IOException {
    private ServerRefusal(String message) {
        super(message);
    }

    static void throwIfSaid(JsonNode root) throws ServerRefusal {
        String message = root.path("errorMessage").asText("");
        if (message.isBlank()) {
            message = XmlTree.first(root.path("errList")).path("errLogMessage").asText("");
        }
        if (!message.isBlank()) {
            throw new ServerRefusal(message.strip());
        }
    }
}

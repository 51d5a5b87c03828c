package app.fiv.demo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.Optional;

/** Reading the small JSON bodies that Login and RenewLoginToken receive. */
final class RequestBodies {

    private RequestBodies() {
    }

    /** The body as a JSON object, or empty if it is anything else. */
    static Optional<JsonNode> jsonObject(String body) {
        try {
            JsonNode node = Json.MAPPER.readTree(body);
            return node != null && node.isObject() ? Optional.of(node) : Optional.empty();
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }

    /** A non-blank string field, or {@code null}: numbers or objects where text is expected count as missing. */
    static String text(JsonNode object, String field) {
        JsonNode value = object.get(field);
        return value != null && value.isTextual() && !value.asText().isBlank() ? value.asText() : null;
    }
}

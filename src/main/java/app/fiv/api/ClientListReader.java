package app.fiv.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads {@code GET Client}, JSON or XML:
 * {@code {"clientProperties": [{"client": {"clientEntity": {"clientId", "clientName", "displayName"}}}]}}.
 */
final class ClientListReader {
    /** A CommServe with tens of thousands of clients answers a few MB. */
    static final int MAX_ANSWER = 32 << 20;

    private ClientListReader() {
    }

    static List<ClientEntity> read(JsonNode root) throws ServerRefusal {
        JsonNode properties = root.path("clientProperties");
        if (properties.isMissingNode()) {
            ServerRefusal.throwIfSaid(root);
        }
        List<ClientEntity> clients = new ArrayList<>();
        for (JsonNode property : XmlTree.each(properties)) {
            JsonNode entity = property.path("client").path("clientEntity");
            long id = entity.path("clientId").asLong(0);
            if (id > 0) {
                clients.add(new ClientEntity(id, text(entity, "clientName"), text(entity, "displayName")));
            }
        }
        return List.copyOf(clients);
    }

    private static String text(JsonNode parent, String field) {
        JsonNode value = parent.path(field);
        return value.isValueNode() && !value.isNull() ? value.asText("").strip() : "";
    }
}

package app.fiv.demo;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a small, complete failed-items JSON document back into sink calls, for the sinks that
 * cannot simply copy the JSON bytes (XML output, counting).
 */
final class FailedItemsReplay {

    private FailedItemsReplay() {
    }

    static void replay(byte[] json, FailedItemsSink sink) throws IOException {
        JsonNode root = Json.MAPPER.readTree(json);
        if (root.path("isFailedItemsCSV").asBoolean(false)) {
            JsonNode csv = root.path("failedItemsCSV");
            sink.beginCsv(texts(csv.path("columns")));
            for (JsonNode row : csv.path("rows")) {
                sink.row(texts(row.path("row")));
            }
        } else {
            sink.beginList();
            for (JsonNode item : root.path("failedItems")) {
                sink.item(scalars(item));
            }
        }
        sink.end();
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }

    private static Map<String, Object> scalars(JsonNode object) {
        Map<String, Object> fields = new LinkedHashMap<>();
        object.properties().forEach(field -> {
            JsonNode value = field.getValue();
            if (value.isNumber()) {
                fields.put(field.getKey(), value.numberValue());
            } else if (value.isBoolean()) {
                fields.put(field.getKey(), value.booleanValue());
            } else if (!value.isNull()) {
                fields.put(field.getKey(), value.asText());
            }
        });
        return fields;
    }
}

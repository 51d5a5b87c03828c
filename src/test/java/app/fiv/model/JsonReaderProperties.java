package app.fiv.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The streaming reader against a plain tree reading of the same random documents, and against
 * random damage: well-formed input gives the same table, broken input only our own error type.
 * Bounded for `mvn verify` (junit-platform.properties); a longer run: README, Development notes.
 */
class JsonReaderProperties {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @Property
    void listShapeReadsLikeTheTree(@ForAll("listDocuments") String json) throws Exception {
        FailedItemsTable table = read(json);

        JsonNode items = MAPPER.readTree(json).path("failedItems");
        Set<String> keys = new LinkedHashSet<>();
        items.forEach(item -> item.fieldNames().forEachRemaining(keys::add));
        List<String> columns = keys.isEmpty() ? FailedItemsJsonReader.LIST_COLUMNS : List.copyOf(keys);
        assertThat(table.columns()).containsExactlyElementsOf(columns);
        assertThat(table.rowCount()).isEqualTo(items.size());
        for (int row = 0; row < items.size(); row++) {
            for (int column = 0; column < columns.size(); column++) {
                assertThat(table.cell(row, column)).isEqualTo(text(items.get(row).get(columns.get(column))));
            }
        }
    }

    @Property
    void csvShapeReadsLikeTheTree(@ForAll("csvDocuments") String json) throws Exception {
        FailedItemsTable table = read(json);

        JsonNode csv = MAPPER.readTree(json).path("failedItemsCSV");
        List<String> header = new ArrayList<>();
        csv.path("columns").forEach(name -> header.add(name.asText()));
        assertThat(table.columns()).containsExactlyElementsOf(header);
        assertThat(table.rowCount()).isEqualTo(csv.path("rows").size());
        for (int row = 0; row < table.rowCount(); row++) {
            JsonNode cells = csv.path("rows").get(row).path("row");
            for (int column = 0; column < header.size(); column++) {
                assertThat(table.cell(row, column)).isEqualTo(column < cells.size() ? cells.get(column).asText() : "");
            }
        }
    }

    @Property
    void damagedDocumentsFailOnlyWithAResponseFormatException(@ForAll("damagedDocuments") byte[] body) throws IOException {
        try {
            // Reading may succeed (damage inside a string is still JSON); any other exception fails the property.
            read(body);
        } catch (ResponseFormatException expected) {
            assertThat(expected.getMessage()).isNotBlank();
        }
    }

    @Provide
    Arbitrary<String> listDocuments() {
        Arbitrary<String> keys = Arbitraries.of("failureReason", "entity", "itemType", "errorCode", "sizeBytes", "ownerSid",
                "Größe", "路径", "a\"quote", "back\\slash");
        Arbitrary<Map<String, JsonNode>> item = Arbitraries.maps(keys, values()).ofMaxSize(6);
        return item.list().ofMaxSize(25).map(list -> {
            ObjectNode root = NODES.objectNode().put("isFailedItemsCSV", false);
            ArrayNode items = root.putArray("failedItems");
            list.forEach(fields -> items.addObject().setAll(fields));
            return root.toString();
        });
    }

    @Provide
    Arbitrary<String> csvDocuments() {
        Arbitrary<List<String>> header = Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(8)
                .list().ofMinSize(1).ofMaxSize(7).uniqueElements();
        return header.flatMap(columns -> cellText().list().ofMaxSize(columns.size()).list().ofMaxSize(20).map(rows -> {
            ObjectNode root = NODES.objectNode().put("isFailedItemsCSV", true);
            ObjectNode csv = root.putObject("failedItemsCSV");
            columns.forEach(csv.putArray("columns")::add);
            ArrayNode rowNodes = csv.putArray("rows");
            rows.forEach(cells -> cells.forEach(rowNodes.addObject().putArray("row")::add));
            return root.toString();
        }));
    }

    @Provide
    Arbitrary<byte[]> damagedDocuments() {
        Arbitrary<String> valid = Arbitraries.oneOf(listDocuments(), csvDocuments());
        return Combinators.combine(valid, Arbitraries.integers().between(0, 1000), Arbitraries.integers().between(0, 6),
                Arbitraries.chars().ascii()).as((json, position, kind, character) -> damage(json, position, kind, character));
    }

    private static byte[] damage(String json, int position, int kind, char character) {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        int at = bytes.length == 0 ? 0 : position % bytes.length;
        return switch (kind) {
            case 0 -> java.util.Arrays.copyOf(bytes, at);                                      // cut off
            case 1 -> { bytes[at] = (byte) character; yield bytes; }                            // a byte replaced
            case 2 -> (json.substring(0, Math.min(at, json.length())) + "[[[[" ).getBytes(StandardCharsets.UTF_8);
            case 3 -> ("{\"failedItems\":" + "[".repeat(5000) + "]".repeat(5000) + "}").getBytes(StandardCharsets.UTF_8);
            case 4 -> json.replace("{", "[").getBytes(StandardCharsets.UTF_8);
            case 5 -> ("{\"failedItems\":[{\"entity\":" + "[".repeat(5000)).getBytes(StandardCharsets.UTF_8);
            default -> new byte[] {(byte) 0xFF, (byte) 0xFE, (byte) character};
        };
    }

    private static Arbitrary<JsonNode> values() {
        return Arbitraries.oneOf(
                cellText().map(NODES::textNode),
                Arbitraries.longs().map(NODES::numberNode),
                Arbitraries.of(true, false).map(NODES::booleanNode),
                Arbitraries.just(NODES.nullNode()),
                cellText().map(text -> NODES.objectNode().put("k", text)));
    }

    /** Any text a server can send as UTF-8: everything but lone surrogates, with emoji and RTL mixed in. */
    private static Arbitrary<String> cellText() {
        Arbitrary<String> plain = Arbitraries.strings().withCharRange('\u0000', '\ud7ff').withCharRange('\ue000', '\uffff')
                .ofMaxLength(40);
        return Arbitraries.oneOf(plain, Arbitraries.of("📁 Résumé.docx", "עברית\\קובץ", "C:\\Users\\\"x\"", "=1+1"));
    }

    /** What a cell should show for a JSON value, worked out from the tree. */
    private static String text(JsonNode value) {
        if (value == null || value.isNull()) {
            return "";
        }
        return value.isValueNode() ? value.asText() : value.toString();
    }

    private static FailedItemsTable read(String json) throws IOException, ResponseFormatException {
        return read(json.getBytes(StandardCharsets.UTF_8));
    }

    private static FailedItemsTable read(byte[] body) throws IOException, ResponseFormatException {
        return Tables.json(new ByteArrayInputStream(body));
    }
}

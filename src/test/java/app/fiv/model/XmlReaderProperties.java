package app.fiv.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The XML reader against the JSON reader on the same random jobs written both ways (Commvault
 * style: scalars as attributes), and against random damage, where only our own error may escape.
 */
class XmlReaderProperties {

    @Property
    void xmlAndJsonOfTheSameJobGiveTheSameTable(@ForAll("jobs") List<Map<String, String>> items) throws Exception {
        FailedItemsTable fromXml = Tables.xml(bytes(xml(items)));
        FailedItemsTable fromJson = Tables.json(bytes(json(items)));

        assertThat(fromXml.columns()).isEqualTo(fromJson.columns());
        assertThat(fromXml.rowCount()).isEqualTo(fromJson.rowCount());
        for (int row = 0; row < fromJson.rowCount(); row++) {
            for (int column = 0; column < fromJson.columnCount(); column++) {
                assertThat(fromXml.cell(row, column)).isEqualTo(fromJson.cell(row, column));
            }
        }
    }

    @Property
    void damagedXmlFailsOnlyWithAResponseFormatException(@ForAll("damagedXml") byte[] body) throws IOException {
        try {
            Tables.xml(new ByteArrayInputStream(body));
        } catch (ResponseFormatException expected) {
            assertThat(expected.getMessage()).isNotBlank();
        }
    }

    @Provide
    Arbitrary<List<Map<String, String>>> jobs() {
        Arbitrary<String> keys = Arbitraries.of("failureReason", "entity", "itemType", "errorCode", "ownerSid");
        Arbitrary<String> text = Arbitraries.oneOf(
                Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(30),
                Arbitraries.of("C:\\Users\\a & b <c>.txt", "\\\\nas02\\財務\\Résumé 📁.docx", "שגיאה \"quoted\" 'x'"));
        return Arbitraries.maps(keys, text).ofMinSize(1).ofMaxSize(5).list().ofMaxSize(20);
    }

    @Provide
    Arbitrary<byte[]> damagedXml() {
        return Combinators.combine(jobs().map(XmlReaderProperties::xml), Arbitraries.integers().between(0, 5000),
                Arbitraries.integers().between(0, 3), Arbitraries.chars().ascii())
                .as((xml, position, kind, character) -> {
                    byte[] bytes = xml.getBytes(StandardCharsets.UTF_8);
                    int at = position % bytes.length;
                    return switch (kind) {
                        case 0 -> java.util.Arrays.copyOf(bytes, at);
                        case 1 -> { bytes[at] = (byte) character.charValue(); yield bytes; }
                        case 2 -> (xml.substring(0, Math.min(at, xml.length())) + "<a>".repeat(3000)).getBytes(StandardCharsets.UTF_8);
                        default -> ("<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                                + "<r><failedItems entity=\"&e;\"/></r>").getBytes(StandardCharsets.UTF_8);
                    };
                });
    }

    private static String xml(List<Map<String, String>> items) {
        StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><CVGui_JobFailedItemsResp isFailedItemsCSV=\"false\">");
        for (Map<String, String> item : items) {
            out.append("<failedItems");
            item.forEach((key, value) -> out.append(' ').append(key).append("=\"").append(escapeXml(value)).append('"'));
            out.append("/>");
        }
        return out.append("</CVGui_JobFailedItemsResp>").toString();
    }

    private static String json(List<Map<String, String>> items) {
        com.fasterxml.jackson.databind.node.ObjectNode root = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance
                .objectNode().put("isFailedItemsCSV", false);
        com.fasterxml.jackson.databind.node.ArrayNode list = root.putArray("failedItems");
        items.forEach(item -> {
            com.fasterxml.jackson.databind.node.ObjectNode node = list.addObject();
            item.forEach(node::put);
        });
        return root.toString();
    }

    private static String escapeXml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static ByteArrayInputStream bytes(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}

package app.fiv.api;

import app.fiv.model.SafeXml;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads a small XML answer (login, job summary, error) into the same tree its JSON form gives, so
 * one reader serves both: attributes and child elements become fields, an element's text becomes
 * a text value, and a child name that repeats becomes an array. A list with one entry stays a
 * single object, so readers take lists through {@link #first(JsonNode)}.
 */
final class XmlTree {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private XmlTree() {
    }

    static JsonNode read(byte[] body) throws IOException {
        XMLStreamReader xml = null;
        try {
            xml = SafeXml.inputFactory().createXMLStreamReader(new ByteArrayInputStream(body));
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT) {
                    return element(xml);
                }
            }
            throw new IOException("the XML answer has no element");
        } catch (XMLStreamException e) {
            throw new IOException("the answer is not valid XML", e);
        } finally {
            if (xml != null) {
                try {
                    xml.close();
                } catch (XMLStreamException ignored) {
                    // Only frees the parser's buffers.
                }
            }
        }
    }

    /** The first entry of a list, whether it came as a JSON array or as one XML element. */
    static JsonNode first(JsonNode list) {
        return list.isArray() ? list.path(0) : list;
    }

    /** The entries of a list: a JSON array's, or the one XML element (or none) a single entry came as. */
    static java.util.List<JsonNode> each(JsonNode list) {
        if (list.isArray()) {
            java.util.List<JsonNode> entries = new java.util.ArrayList<>(list.size());
            list.forEach(entries::add);
            return entries;
        }
        return list.isObject() ? java.util.List.of(list) : java.util.List.of();
    }

    private static JsonNode element(XMLStreamReader xml) throws XMLStreamException {
        ObjectNode node = NODES.objectNode();
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            node.put(xml.getAttributeLocalName(i), xml.getAttributeValue(i));
        }
        StringBuilder text = new StringBuilder();
        int event;
        while ((event = xml.next()) != XMLStreamConstants.END_ELEMENT) {
            if (event == XMLStreamConstants.START_ELEMENT) {
                add(node, xml.getLocalName(), element(xml));
            } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                text.append(xml.getText());
            }
        }
        if (node.isEmpty()) {
            return NODES.textNode(text.toString());
        }
        return node;
    }

    private static void add(ObjectNode parent, String name, JsonNode child) {
        JsonNode existing = parent.get(name);
        if (existing == null) {
            parent.set(name, child);
        } else if (existing.isArray()) {
            ((ArrayNode) existing).add(child);
        } else {
            parent.set(name, NODES.arrayNode().add(existing).add(child));
        }
    }
}

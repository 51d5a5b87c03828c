package app.fiv.demo;

import com.fasterxml.jackson.databind.JsonNode;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Renders a small JSON tree the way Commvault renders the same message as XML: scalar fields are
 * attributes, object fields are child elements, and each array entry is a child element named
 * after the array field.
 */
final class XmlTreeWriter {

    private XmlTreeWriter() {
    }

    static XMLStreamWriter open(OutputStream out) throws IOException {
        try {
            // A factory per writer: JAXP does not promise that factories are thread-safe, and the
            // built-in one is cheap to make.
            return XMLOutputFactory.newDefaultFactory()
                    .createXMLStreamWriter(new XmlControlCharacters(out), StandardCharsets.UTF_8.name());
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    static byte[] toXml(String rootName, JsonNode root) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            XMLStreamWriter xml = open(bytes);
            element(xml, rootName, root);
            xml.writeEndDocument();
            xml.close();
        } catch (IOException | XMLStreamException e) {
            throw new IllegalStateException("demo XML could not be written", e);
        }
        return bytes.toByteArray();
    }

    private static void element(XMLStreamWriter xml, String name, JsonNode node) throws XMLStreamException {
        xml.writeStartElement(name);
        if (node.isValueNode()) {
            xml.writeCharacters(node.asText());
            xml.writeEndElement();
            return;
        }
        // XML wants every attribute before the first child, whatever the JSON field order was.
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            if (field.getValue().isValueNode() && !field.getValue().isNull()) {
                xml.writeAttribute(field.getKey(), field.getValue().asText());
            }
        }
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            JsonNode value = field.getValue();
            if (value.isObject()) {
                element(xml, field.getKey(), value);
            } else if (value.isArray()) {
                for (JsonNode entry : value) {
                    element(xml, field.getKey(), entry);
                }
            }
        }
        xml.writeEndElement();
    }
}

package app.fiv.model;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** Turns the XML element the reader stands on into the text a cell shows. */
final class XmlValues {
    private static final JsonFactory FACTORY = new JsonFactory();

    private XmlValues() {
    }

    /**
     * Reads the current element up to its end tag. A plain element gives its text; one with
     * attributes or child elements (a nested object in Commvault's XML) gives the same compact
     * JSON a nested JSON value shows, so nothing the server sent is hidden.
     */
    static String text(XMLStreamReader xml) throws XMLStreamException {
        if (xml.getAttributeCount() == 0) {
            StringBuilder text = new StringBuilder();
            while (true) {
                int event = xml.next();
                if (event == XMLStreamConstants.END_ELEMENT) {
                    return text.toString();
                }
                if (event == XMLStreamConstants.START_ELEMENT) {
                    return nestedAfterText(xml, text.toString());
                }
                if (isText(event)) {
                    text.append(xml.getText());
                }
            }
        }
        StringWriter out = new StringWriter();
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            json.writeStartObject();
            writeAttributes(xml, json);
            writeChildren(xml, json, "");
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.toString();
    }

    static boolean isText(int event) {
        return event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                || event == XMLStreamConstants.SPACE;
    }

    /** The reader stands on the first child element of an element without attributes. */
    private static String nestedAfterText(XMLStreamReader xml, String textSoFar) throws XMLStreamException {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            json.writeStartObject();
            json.writeStringField(xml.getLocalName(), text(xml));
            writeChildren(xml, json, textSoFar);
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void writeAttributes(XMLStreamReader xml, JsonGenerator json) throws IOException {
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            json.writeStringField(xml.getAttributeLocalName(i), xml.getAttributeValue(i));
        }
    }

    /** Child elements become fields; text beside them is kept under "#text". */
    private static void writeChildren(XMLStreamReader xml, JsonGenerator json, String textSoFar)
            throws XMLStreamException, IOException {
        StringBuilder text = new StringBuilder(textSoFar);
        int event;
        while ((event = xml.next()) != XMLStreamConstants.END_ELEMENT) {
            if (event == XMLStreamConstants.START_ELEMENT) {
                json.writeStringField(xml.getLocalName(), text(xml));
            } else if (isText(event)) {
                text.append(xml.getText());
            }
        }
        if (!text.toString().isBlank()) {
            json.writeStringField("#text", text.toString().strip());
        }
    }
}

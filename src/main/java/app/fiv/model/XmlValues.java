package app.fiv.model;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Turns the XML element the reader stands on into the text a cell shows. Nested elements are
 * written as nested JSON by one generator, so a value costs what its XML costs. (Writing each
 * level as a JSON string inside its parent's escaped every quote again at every level: 31 levels
 * around one letter, a 250-byte answer, doubled into gigabytes.)
 *
 * <p>A cell holds at most {@link CellLimit#MAX_CHARS} characters however they arrive: one text run,
 * runs split by comments (Woodstox limits each run, not their sum), or nested JSON; and a value
 * nests at most {@link #MAX_DEPTH} levels. Beyond either the answer is refused.
 */
final class XmlValues {
    /** Commvault's values nest two or three levels; far deeper is a broken or hostile answer. */
    static final int MAX_DEPTH = 32;

    private static final JsonFactory FACTORY = new JsonFactory();

    private XmlValues() {
    }

    /**
     * Reads the current element up to its end tag. A plain element gives its text; one with
     * attributes or child elements (a nested object in Commvault's XML) gives the same compact
     * JSON a nested JSON value shows, so nothing the server sent is hidden.
     *
     * @throws ResponseFormatException for a value longer than {@link CellLimit#MAX_CHARS} or nested
     *                                 deeper than {@link #MAX_DEPTH}
     */
    static String text(XMLStreamReader xml) throws XMLStreamException, ResponseFormatException {
        Value value = new Value(xml.getLocalName());
        try {
            StringBuilder text = new StringBuilder();
            boolean plain = xml.getAttributeCount() == 0;
            if (plain && !value.readTextUntilChild(xml, text)) {
                return text.toString();
            }
            try (JsonGenerator json = FACTORY.createGenerator(value)) {
                value.writeObject(xml, json, text, plain, 1);
            }
            return value.toString();
        } catch (CellLimit.Exceeded e) {
            throw CellLimit.tooLong(value.name);
        } catch (IOException e) {
            throw new IllegalStateException("writing JSON to memory failed", e); // nothing else can fail here
        }
    }

    static boolean isText(int event) {
        return event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                || event == XMLStreamConstants.SPACE;
    }

    /**
     * One cell being read: the generator's output, and the count of every character held for it,
     * text runs still waiting to be written included, so no level of nesting can hold more than the
     * cell may.
     */
    private static final class Value extends CellLimit.BoundedWriter {
        private final String name;

        Value(String name) {
            this.name = name;
        }

        /**
         * Appends the element's text until its end tag (then false) or its first child element
         * (then true, with the reader on that child). Comments between text runs are skipped; the
         * runs count as one value.
         */
        boolean readTextUntilChild(XMLStreamReader xml, StringBuilder text) throws XMLStreamException {
            while (true) {
                int event = xml.next();
                if (event == XMLStreamConstants.END_ELEMENT) {
                    return false;
                }
                if (event == XMLStreamConstants.START_ELEMENT) {
                    return true;
                }
                if (isText(event)) {
                    append(xml, text);
                }
            }
        }

        /**
         * Writes an element as a JSON object: attributes, child elements as fields, then the text
         * beside them under "#text". The reader stands on the element, or, for an element without
         * attributes whose text came first ({@code textSoFar}), on its first child.
         */
        void writeObject(XMLStreamReader xml, JsonGenerator json, StringBuilder textSoFar, boolean onFirstChild,
                         int depth) throws XMLStreamException, IOException, ResponseFormatException {
            json.writeStartObject();
            if (onFirstChild) {
                writeField(xml, json, depth);
            } else {
                for (int i = 0; i < xml.getAttributeCount(); i++) {
                    json.writeStringField(xml.getAttributeLocalName(i), xml.getAttributeValue(i));
                }
            }
            StringBuilder text = textSoFar;
            int event;
            while ((event = xml.next()) != XMLStreamConstants.END_ELEMENT) {
                if (event == XMLStreamConstants.START_ELEMENT) {
                    writeField(xml, json, depth);
                } else if (isText(event)) {
                    append(xml, text);
                }
            }
            release(text.length()); // from here on it counts as written output
            if (!text.toString().isBlank()) {
                json.writeStringField("#text", text.toString().strip());
            }
            json.writeEndObject();
        }

        /** The reader on a child element: writes its name and value, and leaves the reader on its end tag. */
        private void writeField(XMLStreamReader xml, JsonGenerator json, int depth)
                throws XMLStreamException, IOException, ResponseFormatException {
            if (depth + 1 > MAX_DEPTH) {
                throw new ResponseFormatException("A value (" + ServerText.clean(name) + ") is nested more than "
                        + MAX_DEPTH + " levels deep; failed items have a few levels at most.");
            }
            json.writeFieldName(xml.getLocalName());
            StringBuilder text = new StringBuilder();
            boolean plain = xml.getAttributeCount() == 0;
            if (plain && !readTextUntilChild(xml, text)) {
                release(text.length()); // from here on it counts as written output
                json.writeString(text.toString());
                return;
            }
            writeObject(xml, json, text, plain, depth + 1);
        }

        private void append(XMLStreamReader xml, StringBuilder text) {
            reserve(xml.getTextLength());
            text.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
        }
    }

}

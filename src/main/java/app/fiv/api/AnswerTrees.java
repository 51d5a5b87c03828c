package app.fiv.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;

/** Parses a small answer as JSON or XML, whichever its content is, into one kind of tree. */
final class AnswerTrees {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private AnswerTrees() {
    }

    /** The tree, or null when the body is neither a JSON object nor an XML element. */
    static JsonNode parse(byte[] body) {
        try {
            int first = firstSignificant(body);
            if (first == '<') {
                return XmlTree.read(body);
            }
            JsonNode root = MAPPER.readTree(body);
            return root != null && root.isObject() ? root : null;
        } catch (IOException e) {
            return null;
        }
    }

    private static int firstSignificant(byte[] body) {
        for (byte b : body) {
            if (!Character.isWhitespace(b) && (b & 0xFF) != 0xEF && (b & 0xFF) != 0xBB && (b & 0xFF) != 0xBF) {
                return b;
            }
        }
        return -1;
    }
}

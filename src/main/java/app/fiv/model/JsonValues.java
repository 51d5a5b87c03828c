package app.fiv.model;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;

/** Turns whatever JSON value the parser stands on into the text a cell shows. */
final class JsonValues {
    private static final JsonFactory FACTORY = new JsonFactory();

    private JsonValues() {
    }

    /** Reads the current value (consuming a whole object or array) as text; null is blank. */
    static String text(JsonParser parser) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == null || token == JsonToken.VALUE_NULL) {
            return "";
        }
        if (token.isScalarValue()) {
            return parser.getText();
        }
        // Nested values are shown as their compact JSON so nothing the server sent is hidden.
        StringWriter out = new StringWriter();
        try (JsonGenerator generator = FACTORY.createGenerator(out)) {
            generator.copyCurrentStructure(parser);
        }
        return out.toString();
    }
}

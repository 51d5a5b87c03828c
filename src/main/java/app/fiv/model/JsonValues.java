package app.fiv.model;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/**
 * Turns whatever JSON value the parser stands on into the text a cell shows. Strings are as long as
 * Jackson allows (20 M characters); a nested value's compact JSON stops at {@link CellLimit#MAX_CHARS}.
 */
final class JsonValues {
    private static final JsonFactory FACTORY = new JsonFactory();

    private JsonValues() {
    }

    /**
     * Reads the current value (consuming a whole object or array) as text; null is blank.
     *
     * @throws CellLimit.Exceeded for a nested value longer than a cell holds
     */
    static String text(JsonParser parser) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == null || token == JsonToken.VALUE_NULL) {
            return "";
        }
        if (token.isScalarValue()) {
            return parser.getText();
        }
        // Nested values are shown as their compact JSON so nothing the server sent is hidden.
        String name = parser.currentName();
        CellLimit.BoundedWriter out = new CellLimit.BoundedWriter();
        try (JsonGenerator generator = FACTORY.createGenerator(out)) {
            generator.copyCurrentStructure(parser);
        } catch (CellLimit.Exceeded e) {
            throw new CellLimit.Exceeded(name);
        }
        return out.toString();
    }
}

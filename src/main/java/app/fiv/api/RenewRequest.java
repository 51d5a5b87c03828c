package app.fiv.api;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/** The body of {@code POST RenewLoginToken}: the old token as {@code sessionId} and the login's device ID. */
final class RenewRequest {
    private static final JsonFactory FACTORY = new JsonFactory();

    private RenewRequest() {
    }

    static byte[] body(String oldToken, String deviceId) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(512);
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            json.writeStartObject();
            json.writeStringField("sessionId", oldToken);
            json.writeStringField("deviceId", deviceId);
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}

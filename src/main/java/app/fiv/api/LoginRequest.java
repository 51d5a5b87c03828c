package app.fiv.api;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;

/**
 * The body of {@code POST Login}. The password is Base64 of its UTF-8 bytes, as the API asks;
 * it is encoded from the {@code char[]} and every intermediate copy is wiped.
 */
final class LoginRequest {
    private static final JsonFactory FACTORY = new JsonFactory();

    private LoginRequest() {
    }

    static byte[] body(String user, char[] password, String deviceId) {
        ByteBuffer utf8 = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
        byte[] raw = new byte[utf8.remaining()];
        utf8.get(raw);
        wipe(utf8);
        byte[] encoded = Base64.getEncoder().encode(raw);
        Arrays.fill(raw, (byte) 0);
        char[] base64 = new char[encoded.length];
        for (int i = 0; i < encoded.length; i++) {
            base64[i] = (char) encoded[i];
        }
        Arrays.fill(encoded, (byte) 0);
        WipingBuffer out = new WipingBuffer();
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            json.writeStartObject();
            json.writeStringField("username", user);
            json.writeFieldName("password");
            json.writeString(base64, 0, base64.length);
            json.writeStringField("deviceId", deviceId);
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            Arrays.fill(base64, '\0');
        }
        byte[] body = out.toByteArray();
        out.wipe();
        return body;
    }

    /** Its working buffer holds the encoded password too, so it is wiped once copied out. */
    private static final class WipingBuffer extends ByteArrayOutputStream {
        WipingBuffer() {
            super(256);
        }

        void wipe() {
            Arrays.fill(buf, (byte) 0);
        }
    }

    private static void wipe(ByteBuffer buffer) {
        if (buffer.hasArray()) {
            Arrays.fill(buffer.array(), (byte) 0);
        }
    }
}

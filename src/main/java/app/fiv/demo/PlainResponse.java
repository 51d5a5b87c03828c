package app.fiv.demo;

import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** A text or HTML body whose type does not depend on the Accept header. */
record PlainResponse(int status, String contentType, String text, Map<String, String> headers) implements ApiResponse {

    @Override
    public void send(HttpExchange exchange, ResponseFormat format) throws IOException {
        new RawResponse(status, contentType, text.getBytes(StandardCharsets.UTF_8), headers).send(exchange, format);
    }
}

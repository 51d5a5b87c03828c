package app.fiv.demo;

import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;

/**
 * Fixed bytes with a fixed status, type and headers, whatever the Accept header: for answers that
 * are broken on purpose and must reach the client exactly as written.
 */
record RawResponse(int status, String contentType, byte[] body, Map<String, String> headers) implements ApiResponse {

    /** The JDK server sends a length of 0 as chunked encoding; -1 is its way of saying Content-Length: 0. */
    private static final long EMPTY = -1;

    RawResponse {
        body = body.clone();
        headers = Map.copyOf(headers);
    }

    @Override
    public void send(HttpExchange exchange, ResponseFormat ignored) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        headers.forEach(exchange.getResponseHeaders()::set);
        exchange.sendResponseHeaders(status, body.length == 0 ? EMPTY : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public byte[] body() {
        return body.clone();
    }
}

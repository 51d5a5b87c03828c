package app.fiv.demo;

import com.sun.net.httpserver.HttpExchange;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * HTTP 200 with a fixed type, whatever the Accept header, and a body written while it is sent
 * (chunked), for answers too big to keep, such as tens of megabytes of one letter.
 */
record GeneratedResponse(String contentType, Body body) implements ApiResponse {

    private static final int BUFFER = 64 * 1024;

    @FunctionalInterface
    interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    @Override
    public void send(HttpExchange exchange, ResponseFormat ignored) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(200, 0); // length 0 = chunked
        try (OutputStream out = new BufferedOutputStream(exchange.getResponseBody(), BUFFER)) {
            body.writeTo(out);
        }
    }
}

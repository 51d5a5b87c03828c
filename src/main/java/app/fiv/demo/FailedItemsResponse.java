package app.fiv.demo;

import com.sun.net.httpserver.HttpExchange;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * HTTP 200 with a job's failed items, generated while being sent with chunked encoding, so a
 * body of any size costs the server no more memory than one buffer.
 */
record FailedItemsResponse(FailedItemsBody body) implements ApiResponse {

    private static final int BUFFER = 64 * 1024;

    @Override
    public void send(HttpExchange exchange, ResponseFormat format) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", format.contentType());
        exchange.sendResponseHeaders(200, 0); // length 0 = chunked
        try (OutputStream out = new BufferedOutputStream(exchange.getResponseBody(), BUFFER)) {
            FailedItemsSink sink = format == ResponseFormat.JSON
                    ? new JsonFailedItemsSink(out)
                    : new XmlFailedItemsSink(out);
            body.writeTo(sink);
        }
    }
}

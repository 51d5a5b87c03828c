package app.fiv.demo;

import com.sun.net.httpserver.HttpExchange;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * HTTP 200 whose Content-Length announces the whole body, of which only the first half is sent
 * before the connection is closed: what a client sees when a link or a proxy drops mid-download.
 */
record CutOffResponse(FailedItemsBody body) implements ApiResponse {

    @Override
    public void send(HttpExchange exchange, ResponseFormat format) throws IOException {
        sendFirstHalf(exchange, format, body);
        // Closing the exchange (not the body stream) short of the announced length makes the JDK's
        // server close the connection, which is the point: the client sees the socket end early.
        exchange.close();
    }

    /** Announces the whole rendered body, sends its first half and flushes it to the client. */
    static void sendFirstHalf(HttpExchange exchange, ResponseFormat format, FailedItemsBody body) throws IOException {
        ByteArrayOutputStream whole = new ByteArrayOutputStream();
        FailedItemsSink sink = format == ResponseFormat.JSON
                ? new JsonFailedItemsSink(whole)
                : new XmlFailedItemsSink(whole);
        body.writeTo(sink);
        byte[] bytes = whole.toByteArray();
        exchange.getResponseHeaders().set("Content-Type", format.contentType());
        exchange.sendResponseHeaders(200, bytes.length);
        OutputStream out = exchange.getResponseBody();
        out.write(bytes, 0, bytes.length / 2);
        out.flush();
    }
}

package app.fiv.demo;

import com.sun.net.httpserver.HttpExchange;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Optional;

/**
 * HTTP 200 with a job's failed items. The first request for a job and format generates the body
 * while sending it with chunked encoding, as fast as it is generated, and keeps a copy; later
 * requests get that copy from memory with a Content-Length, at loopback speed (see
 * {@link RenderedAnswers}). A slow data set's answer is never kept: its pauses are the point.
 */
record FailedItemsResponse(FailedItemsBody body) implements ApiResponse {

    private static final int BUFFER = 64 * 1024;

    @Override
    public void send(HttpExchange exchange, ResponseFormat format) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", format.contentType());
        Optional<RenderedBytes> kept = RenderedAnswers.find(body, format);
        if (kept.isPresent()) {
            exchange.sendResponseHeaders(200, kept.get().length());
            try (OutputStream out = exchange.getResponseBody()) {
                kept.get().writeTo(out);
            }
            return;
        }
        exchange.sendResponseHeaders(200, 0); // length 0 = chunked
        RenderedBytes.Collector copy = new RenderedBytes.Collector();
        try (OutputStream out = new BufferedOutputStream(new TeeOutputStream(exchange.getResponseBody(), copy), BUFFER)) {
            PaceWatchingSink sink = new PaceWatchingSink(format == ResponseFormat.JSON
                    ? new JsonFailedItemsSink(out)
                    : new XmlFailedItemsSink(out));
            body.writeTo(sink);
            out.flush();
            if (!sink.paced()) {
                // Kept before the answer ends (on close), so a client's next request already finds it.
                RenderedAnswers.keep(body, format, copy.bytes());
            }
        }
    }
}

package app.fiv.demo;

import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;

/**
 * HTTP 200 announcing a whole body by its Content-Length, of which the first half is sent and
 * flushed; then nothing more until the stall ends and the connection closes short of the length.
 */
record MidBodyStallResponse(FailedItemsBody body) implements StallingResponse {

    @Override
    public void send(HttpExchange exchange, ResponseFormat format) throws IOException {
        CutOffResponse.sendFirstHalf(exchange, format, body);
    }
}

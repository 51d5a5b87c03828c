package app.fiv.demo;

import com.sun.net.httpserver.HttpExchange;

/** Takes the request and sends nothing at all, not even a status line, until the stall ends. */
record SilentStallResponse() implements StallingResponse {

    @Override
    public void send(HttpExchange exchange, ResponseFormat format) {
        // Nothing: the request was read, and the silence is the answer.
    }
}

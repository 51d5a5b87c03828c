package app.fiv.demo;

import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;

/** Sends an answer in one format whatever the client asked for, as a server that ignores the Accept header. */
record AcceptIgnoringResponse(ResponseFormat served, ApiResponse response) implements ApiResponse {

    @Override
    public void send(HttpExchange exchange, ResponseFormat asked) throws IOException {
        response.send(exchange, served);
    }
}

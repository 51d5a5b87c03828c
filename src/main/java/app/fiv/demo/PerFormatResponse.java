package app.fiv.demo;

import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;

/** One answer for clients that asked for JSON and another for the rest, for answers written out by hand in both. */
record PerFormatResponse(ApiResponse json, ApiResponse xml) implements ApiResponse {

    @Override
    public void send(HttpExchange exchange, ResponseFormat format) throws IOException {
        (format == ResponseFormat.JSON ? json : xml).send(exchange, format);
    }
}

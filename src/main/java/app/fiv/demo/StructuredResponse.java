package app.fiv.demo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.io.OutputStream;

/** A small JSON message (login, job summary, error...), sent with a Content-Length. */
record StructuredResponse(int status, String xmlRoot, ObjectNode body) implements ApiResponse {

    @Override
    public void send(HttpExchange exchange, ResponseFormat format) throws IOException {
        byte[] bytes = format == ResponseFormat.JSON ? json() : XmlTreeWriter.toXml(xmlRoot, body);
        exchange.getResponseHeaders().set("Content-Type", format.contentType());
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private byte[] json() throws JsonProcessingException {
        return Json.MAPPER.writeValueAsBytes(body);
    }
}

package app.fiv.demo;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.util.Map;

/** Something the demo server can send back, rendered in the format the client asked for. */
interface ApiResponse {

    String ERROR_ROOT = "CVGui_GenericResp";

    void send(HttpExchange exchange, ResponseFormat format) throws IOException;

    /** A small message whose XML root element is {@code xmlRoot}. */
    static ApiResponse structured(int status, String xmlRoot, ObjectNode body) {
        return new StructuredResponse(status, xmlRoot, body);
    }

    /** Commvault's generic error body: {@code {"errorCode": ..., "errorMessage": ...}}. */
    static ApiResponse error(int status, int errorCode, String errorMessage) {
        return structured(status, ERROR_ROOT, Json.object().put("errorCode", errorCode).put("errorMessage", errorMessage));
    }

    static ApiResponse plainText(int status, String text) {
        return new PlainResponse(status, "text/plain;charset=utf-8", text, Map.of());
    }

    /** What the web server in front of the API answers for paths that are not API endpoints. */
    static ApiResponse notFoundPage() {
        return new PlainResponse(404, "text/html;charset=utf-8", HtmlPages.page(404, "Not Found",
                "The requested resource is not available on this server."), Map.of());
    }

    static ApiResponse methodNotAllowed(String allowed) {
        return new PlainResponse(405, "text/html;charset=utf-8", HtmlPages.page(405, "Method Not Allowed",
                "This resource only accepts " + allowed + " requests."), Map.of("Allow", allowed));
    }

    static ApiResponse failedItems(FailedItemsBody body) {
        return new FailedItemsResponse(body);
    }
}

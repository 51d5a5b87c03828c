package app.fiv.demo;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * Records every request, refuses those not addressed to this computer ({@link LoopbackHost}),
 * then lets the API answer those under a web service root. Every exchange is closed when its
 * answer is sent, except a stalling one, which goes to the server's stalls.
 */
final class DemoHttpHandler implements HttpHandler {

    private static final System.Logger LOG = System.getLogger(DemoHttpHandler.class.getName());
    /** Real request bodies here are a few hundred bytes; anything bigger is cut, not buffered. */
    private static final int MAX_BODY = 1 << 20;

    private final RequestLog log;
    private final CommServeApi api;
    private final StalledExchanges stalls;

    DemoHttpHandler(RequestLog log, CommServeApi api, StalledExchanges stalls) {
        this.log = log;
        this.api = api;
        this.stalls = stalls;
    }

    @Override
    public void handle(HttpExchange exchange) {
        boolean stalled = false;
        try {
            URI uri = exchange.getRequestURI();
            String method = exchange.getRequestMethod();
            String body = readBody(exchange);
            log.record(new RecordedRequest(method, uri.getRawPath(), uri.getRawQuery(),
                    exchange.getRequestHeaders(), body));
            ResponseFormat format = ResponseFormat.fromAccept(exchange.getRequestHeaders().get("Accept"));
            String host = exchange.getRequestHeaders().getFirst("Host");
            ApiResponse response = !LoopbackHost.isLoopback(host) ? LoopbackHost.refusal(host)
                    : WebServiceRoots.relativePath(uri.getRawPath())
                            .map(path -> api.handle(new ApiRequest(method, path, uri.getRawQuery(), exchange.getRequestHeaders(), body)))
                            .orElseGet(ApiResponse::notFoundPage);
            response.send(exchange, format);
            stalled = response instanceof StallingResponse;
        } catch (IOException e) {
            // Usually the client closed the connection mid-body; nothing left to tell it.
            LOG.log(Level.DEBUG, "demo response not completed: {0}", e.toString());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "demo CommServe failed on " + exchange.getRequestURI().getRawPath(), e);
            sendInternalError(exchange);
        } finally {
            if (stalled) {
                stalls.hold(exchange);
            } else {
                exchange.close();
            }
        }
    }

    private static String readBody(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            String body = new String(in.readNBytes(MAX_BODY), StandardCharsets.UTF_8);
            in.transferTo(OutputStream.nullOutputStream()); // drain what was cut off
            return body;
        }
    }

    private static void sendInternalError(HttpExchange exchange) {
        if (exchange.getResponseCode() != -1) {
            return; // headers already gone: the body just ends early, which the client sees as malformed
        }
        try {
            ApiResponse.error(500, 500, "Internal error of the demo CommServe.").send(exchange, ResponseFormat.JSON);
        } catch (IOException | RuntimeException ignored) {
            // The client is gone too.
        }
    }
}

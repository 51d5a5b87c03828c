package app.fiv.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A pass-through proxy in front of a server that, the moment each request arrives and before it
 * goes on, reads a file: so a test can tell what the token file held when a request was sent.
 */
final class SnapshottingProxy implements AutoCloseable {
    /** A request's Authorization header, and the file as it was when the request arrived. */
    record Seen(String path, String authorization, String file) {
    }

    private static final Set<String> NOT_FORWARDED = Set.of("connection", "content-length", "host", "upgrade",
            "http2-settings", "transfer-encoding", "expect");

    private final HttpServer server;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    final List<Seen> seen = new CopyOnWriteArrayList<>();

    SnapshottingProxy(URI target, Path file) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> forward(exchange, target, file));
        server.start();
    }

    /** The same web service URL, through the proxy. */
    URI webService(URI target) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + target.getRawPath());
    }

    private void forward(HttpExchange exchange, URI target, Path file) throws IOException {
        try (exchange) {
            seen.add(new Seen(exchange.getRequestURI().getPath(), exchange.getRequestHeaders().getFirst("Authorization"),
                    read(file)));
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            URI to = URI.create(target.getScheme() + "://" + target.getRawAuthority() + exchange.getRequestURI());
            HttpRequest.Builder request = HttpRequest.newBuilder(to)
                    .method(exchange.getRequestMethod(), HttpRequest.BodyPublishers.ofByteArray(body));
            exchange.getRequestHeaders().forEach((name, values) -> {
                if (!NOT_FORWARDED.contains(name.toLowerCase())) {
                    values.forEach(value -> request.header(name, value));
                }
            });
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            response.headers().map().forEach((name, values) -> {
                if (!NOT_FORWARDED.contains(name.toLowerCase()) && !name.startsWith(":")) {
                    exchange.getResponseHeaders().put(name, values);
                }
            });
            exchange.sendResponseHeaders(response.statusCode(), response.body().length == 0 ? -1 : response.body().length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(response.body());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

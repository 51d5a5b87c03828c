package app.fiv.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A CommServe's {@code GET Job} as some are in the field, narrower than the demo: it reads
 * {@code limit} and {@code offset} from the request headers only, or from the query only, and
 * takes no other parameter. Any login is accepted, and its {@code GET Client} answers whatever
 * status the test sets; {@code GET Job} can be made to answer a page of the test's instead. Jobs
 * are numbered down from {@code count}, one backup job each, ending a minute apart.
 */
public final class PagingCommServe implements AutoCloseable {
    /** Where the server looks for {@code limit} and {@code offset}. */
    public enum Paging { HEADERS_ONLY, PARAMETERS_ONLY }

    private final HttpServer server;
    private final int count;
    private final Paging paging;
    private final List<String> pagesAsked = new CopyOnWriteArrayList<>();
    private volatile int clientStatus = 200;
    private volatile String jobAnswer;

    public PagingCommServe(int count, Paging paging) {
        this.count = count;
        this.paging = paging;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/api/Login", exchange -> send(exchange, 200, "{\"token\": \"QSDK paging-test\", \"userName\": \"admin\"}"));
        server.createContext("/api/Job", this::jobs);
        server.createContext("/api/Client", this::clients);
        server.start();
    }

    public URI webService() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/api");
    }

    /** "offset/limit" of each page asked for, as this server understood them. */
    public List<String> pagesAsked() {
        return pagesAsked;
    }

    /** The HTTP status of {@code GET Client} from now on (403: the user may not list clients). */
    public void clientStatus(int status) {
        clientStatus = status;
    }

    /** From now on {@code GET Job} answers this instead of jobs (HTTP 200, as text/html when it starts with "<"). */
    public void jobAnswer(String body) {
        jobAnswer = body;
    }

    private void jobs(HttpExchange exchange) throws IOException {
        if (jobAnswer != null) {
            byte[] body = jobAnswer.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", jobAnswer.startsWith("<") ? "text/html" : "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
            return;
        }
        Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
        int limit = Math.min(100, number(exchange, query, "limit", 100));
        int offset = number(exchange, query, "offset", 0);
        pagesAsked.add(offset + "/" + limit);
        String jobs = Stream.iterate(count - offset, id -> id > 0 && id > count - offset - limit, id -> id - 1)
                .map(id -> "{\"jobSummary\": {\"jobId\": " + id + ", \"status\": \"Completed\", \"jobType\": \"Backup\","
                        + " \"jobEndTime\": " + (1_764_500_000L + 60L * id) + ", \"subclient\": {\"clientName\": \"fs-"
                        + (id % 3) + "\", \"clientId\": " + (100 + id % 3) + "}}}")
                .collect(Collectors.joining(","));
        send(exchange, 200, "{\"totalRecordsWithoutPaging\": " + count + (jobs.isEmpty() ? "" : ", \"jobs\": [" + jobs + "]") + "}");
    }

    private void clients(HttpExchange exchange) throws IOException {
        if (clientStatus != 200) {
            send(exchange, clientStatus, "{\"errorCode\": 5, \"errorMessage\": \"No permission to view clients.\"}");
            return;
        }
        send(exchange, 200, "{\"clientProperties\": [" + Stream.of(0, 1, 2).map(n -> "{\"client\": {\"clientEntity\":"
                + " {\"clientId\": " + (100 + n) + ", \"clientName\": \"fs-" + n + "\", \"displayName\": \"fs-" + n + "\"}}}")
                .collect(Collectors.joining(",")) + "]}");
    }

    private int number(HttpExchange exchange, Map<String, String> query, String name, int otherwise) {
        String value = paging == Paging.HEADERS_ONLY ? exchange.getRequestHeaders().getFirst(name) : query.get(name);
        return value == null ? otherwise : Integer.parseInt(value);
    }

    private static Map<String, String> query(String raw) {
        return raw == null ? Map.of() : Stream.of(raw.split("&")).map(part -> part.split("=", 2))
                .collect(Collectors.toMap(kv -> kv[0], kv -> kv.length > 1 ? kv[1] : "", (a, b) -> b));
    }

    private static void send(HttpExchange exchange, int status, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

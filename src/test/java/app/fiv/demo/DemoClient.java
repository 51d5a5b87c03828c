package app.fiv.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

/** A deliberately plain HTTP client for the tests: it sends exactly what each test tells it to. */
final class DemoClient {

    static final String JSON = "application/json";
    static final String XML = "application/xml";
    static final String DEVICE_ID = "test-device-7f3a";
    static final ObjectMapper MAPPER = new ObjectMapper();

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private final URI root;

    DemoClient(URI webServiceUrl) {
        this.root = webServiceUrl;
    }

    HttpResponse<String> get(String path, String token, String accept) {
        return send(request(path, token, accept).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<byte[]> getBytes(String path, String token, String accept) {
        return send(request(path, token, accept).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    HttpResponse<String> post(String path, String body, String token, String accept) {
        HttpRequest request = request(path, token, accept)
                .header("Content-Type", JSON)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        return send(request, HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Any request with exactly the given headers (no Authtoken or Accept unless listed), e.g. paging
     * headers or {@code Authorization: Bearer}; {@code body} {@code null} sends no body.
     */
    HttpResponse<String> send(String method, String path, String body, Map<String, String> headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(root + path)).timeout(Duration.ofSeconds(20))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        headers.forEach(builder::header);
        return send(builder.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Logs in as the demo user the documented way and returns the token. */
    String login() {
        HttpResponse<String> response = post("/Login", loginBody(DemoCommServe.USER, base64(DemoCommServe.PASSWORD)), null, JSON);
        String token = json(response.body()).path("token").asText(null);
        if (token == null) {
            throw new AssertionError("demo login failed: " + response.body());
        }
        return token;
    }

    static String loginBody(String user, String password) {
        return MAPPER.createObjectNode().put("username", user).put("password", password)
                .put("deviceId", DEVICE_ID).toString();
    }

    static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    static JsonNode json(String body) {
        try {
            return MAPPER.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + body, e);
        }
    }

    static JsonNode json(byte[] body) {
        try {
            return MAPPER.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private HttpRequest.Builder request(String path, String token, String accept) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(root + path)).timeout(Duration.ofSeconds(20));
        if (token != null) {
            builder.header("Authtoken", token);
        }
        if (accept != null) {
            builder.header("Accept", accept);
        }
        return builder;
    }

    private static <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        try {
            return HTTP.send(request, handler);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

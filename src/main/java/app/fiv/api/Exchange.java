package app.fiv.api;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * One HTTP request, cancellable while it waits and while its body streams in, with every
 * transport failure already turned into an {@link ApiException}.
 */
final class Exchange {
    private final HttpClient http;
    private final TlsTrust trust;
    private final ClientTimeouts timeouts;

    /** @param trust the trust the client's SSL context was made from, or null if unknown */
    Exchange(HttpClient http, TlsTrust trust, ClientTimeouts timeouts) {
        this.http = http;
        this.trust = trust;
        this.timeouts = timeouts;
    }

    /**
     * A response whose body the caller must close; closing it on cancel stops a running download,
     * and so does a server that goes silent for longer than the stall timeout.
     */
    Response send(HttpRequest request, CancelSignal cancel) throws ApiException {
        cancel.throwIfCancelled();
        CompletableFuture<HttpResponse<InputStream>> future =
                http.sendAsync(request, HttpResponse.BodyHandlers.ofInputStream());
        cancel.onCancel(() -> future.cancel(true));
        HttpResponse<InputStream> response;
        try {
            response = future.get();
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted");
        } catch (CancellationException e) {
            throw e;
        } catch (ExecutionException e) {
            cancel.throwIfCancelled();
            Throwable cause = e.getCause();
            if (cause instanceof UncheckedIOException unchecked) {
                cause = unchecked.getCause();
            }
            if (cause instanceof IOException io) {
                throw NetworkErrors.of(io, request.uri(), trust, timeouts);
            }
            throw new ApiException(ApiException.Kind.NETWORK, "The request to "
                    + NetworkErrors.hostAndPort(request.uri()) + " failed unexpectedly (" + cause + ").", cause);
        }
        InputStream body = new StallGuard(response.body(), timeouts.stall());
        cancel.onCancel(() -> closeQuietly(body));
        return new Response(response.statusCode(),
                response.headers().firstValue("Content-Type").orElse(""),
                response.headers().firstValue("Retry-After").orElse(""),
                new BufferedInputStream(body, 64 * 1024));
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException ignored) {
            // Closing only serves to stop the download; nothing else to do.
        }
    }

    /** @param retryAfter the server's Retry-After header (seconds or an HTTP date), or blank */
    record Response(int status, String contentType, String retryAfter, BufferedInputStream body) implements AutoCloseable {
        boolean ok() {
            return status >= 200 && status < 300;
        }

        @Override
        public void close() {
            closeQuietly(body);
        }
    }
}

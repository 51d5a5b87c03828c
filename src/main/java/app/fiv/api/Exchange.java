package app.fiv.api;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.CancellationException;
import javax.net.ssl.SSLSocketFactory;

/**
 * One HTTP request, cancellable while it connects, waits and while its body streams in, with every
 * transport failure already turned into an {@link ApiException}.
 */
final class Exchange {
    private final TlsTrust trust;
    private final ClientTimeouts timeouts;

    Exchange(TlsTrust trust, ClientTimeouts timeouts) {
        this.trust = trust;
        this.timeouts = timeouts;
    }

    /**
     * A response whose body the caller must close; closing it on cancel stops a running download,
     * and so does a server that goes silent for longer than the stall timeout.
     */
    Response send(HttpCall call, CancelSignal cancel) throws ApiException {
        cancel.throwIfCancelled();
        SSLSocketFactory tls = "https".equalsIgnoreCase(call.uri().getScheme()) ? trust.sslContext().getSocketFactory() : null;
        BlockingHttp http;
        try {
            http = BlockingHttp.send(call, tls, timeouts, socket -> cancel.onCancel(() -> closeQuietly(socket)));
        } catch (IOException e) {
            cancel.throwIfCancelled();
            throw NetworkErrors.of(e, call.uri(), trust, timeouts);
        } catch (RuntimeException e) {
            cancel.throwIfCancelled();
            throw new ApiException(ApiException.Kind.NETWORK, "The request to "
                    + NetworkErrors.hostAndPort(call.uri()) + " failed unexpectedly (" + e + ").", e);
        }
        if (cancel.isCancelled()) {
            http.close();
            throw new CancellationException("cancelled");
        }
        InputStream body = new StallGuard(new ClosingBody(http), timeouts.stall());
        cancel.onCancel(() -> closeQuietly(body));
        return new Response(http.status(), http.contentType(), http.retryAfter(), new BufferedInputStream(body, 64 * 1024));
    }

    private static void closeQuietly(java.io.Closeable in) {
        try {
            in.close();
        } catch (IOException ignored) {
            // Closing only serves to stop the download; nothing else to do.
        }
    }

    /** The body of an exchange; closing it closes the connection, which wakes a blocked read at once. */
    private static final class ClosingBody extends java.io.FilterInputStream {
        private final BlockingHttp http;

        ClosingBody(BlockingHttp http) {
            super(http.body());
            this.http = http;
        }

        @Override
        public void close() {
            http.close();
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

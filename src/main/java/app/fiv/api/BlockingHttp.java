package app.fiv.api;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.Consumer;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

/**
 * HTTP/1.1 over a plain blocking socket, one connection a request. The JDK's asynchronous
 * {@code HttpClient} costs a fresh process about 0.3 s to start and four times what the bytes cost
 * to download a big answer; a socket read straight into the parser costs what {@code curl} does.
 *
 * <p>What the client relies on, done here on purpose: no proxy, no redirect ever followed (a 3xx
 * is an answer like any other), no authentication retry on a 401 (its body is the server's
 * words), the certificate and host name checked by the trust's own trust manager ({@code HTTPS}
 * endpoint identification, skipped only by a pin, which names the certificate), the connect
 * timeout covering TCP and TLS, the answer timeout the wait for the status line and headers. Each
 * failure is thrown as the exception type {@link NetworkErrors} turns into words. Closing the
 * exchange closes the socket, which wakes a thread blocked on it at any stage.
 */
final class BlockingHttp implements Closeable {
    private static final int MAX_LINE = 16 * 1024;
    private static final int MAX_HEAD = 256 * 1024;
    private static final String USER_AGENT = "failed-items-viewer";

    private final Socket socket;
    private final int status;
    private final String contentType;
    private final String retryAfter;
    private final InputStream body;

    private BlockingHttp(Socket socket, int status, String contentType, String retryAfter, InputStream body) {
        this.socket = socket;
        this.status = status;
        this.contentType = contentType;
        this.retryAfter = retryAfter;
        this.body = body;
    }

    /**
     * Sends the call and reads the answer's head; the body is left to stream in.
     *
     * @param onSocket told the socket as soon as it exists, so a cancel can close it at any stage (closing
     *                 the plain socket also ends the TLS one over it)
     */
    static BlockingHttp send(HttpCall call, SSLSocketFactory tls, ClientTimeouts timeouts,
                             Consumer<Closeable> onSocket) throws IOException {
        URI uri = call.uri();
        boolean https = "https".equalsIgnoreCase(uri.getScheme());
        if (!https && !"http".equalsIgnoreCase(uri.getScheme())) {
            throw new IOException("unsupported scheme " + uri.getScheme());
        }
        String host = uri.getHost();
        if (host == null) {
            throw new UnknownHostException(String.valueOf(uri.getAuthority()));
        }
        int port = uri.getPort() != -1 ? uri.getPort() : https ? 443 : 80;
        InetSocketAddress address = new InetSocketAddress(host, port);
        if (address.isUnresolved()) {
            throw new UnknownHostException(host);
        }
        Socket plain = new Socket(Proxy.NO_PROXY);
        onSocket.accept(plain);
        Socket socket = plain;
        try {
            long started = System.nanoTime();
            int connectMillis = (int) timeouts.connect().toMillis();
            try {
                plain.connect(address, connectMillis);
            } catch (SocketTimeoutException e) {
                throw connectTimeout(e);
            }
            plain.setTcpNoDelay(true);
            if (https) {
                socket = handshake(plain, tls, host, port, connectMillis - (System.nanoTime() - started) / 1_000_000);
            }
            OutputStream out = socket.getOutputStream();
            writeHead(new BufferedOutputStream(out, 4096), call, host, port, https);
            if (call.body() != null && call.body().length > 0) {
                // Straight from the caller's array: no copy of a login's password is left behind.
                out.write(call.body());
            }
            out.flush();
            socket.setSoTimeout((int) timeouts.answer().toMillis());
            BufferedInputStream in = new BufferedInputStream(socket.getInputStream(), 64 * 1024);
            return readAnswer(socket, in, call.method());
        } catch (IOException | RuntimeException e) {
            closeQuietly(socket);
            throw e;
        }
    }

    private static Socket handshake(Socket plain, SSLSocketFactory tls, String host, int port, long millisLeft)
            throws IOException {
        SSLSocket ssl = (SSLSocket) tls.createSocket(plain, host, port, true);
        SSLParameters parameters = ssl.getSSLParameters();
        // The trust manager checks the certificate's names against the host, as a browser does.
        parameters.setEndpointIdentificationAlgorithm("HTTPS");
        ssl.setSSLParameters(parameters);
        ssl.setUseClientMode(true);
        try {
            ssl.setSoTimeout((int) Math.max(1, millisLeft));
            ssl.startHandshake();
        } catch (SocketTimeoutException e) {
            throw connectTimeout(e);
        }
        return ssl;
    }

    private static HttpConnectTimeoutException connectTimeout(SocketTimeoutException e) {
        HttpConnectTimeoutException timeout = new HttpConnectTimeoutException("HTTP connect timed out");
        timeout.initCause(e);
        return timeout;
    }

    private static void writeHead(OutputStream out, HttpCall call, String host, int port, boolean https)
            throws IOException {
        StringBuilder head = new StringBuilder(256);
        String path = call.uri().getRawPath() == null || call.uri().getRawPath().isEmpty() ? "/" : call.uri().getRawPath();
        head.append(call.method()).append(' ').append(path);
        if (call.uri().getRawQuery() != null) {
            head.append('?').append(call.uri().getRawQuery());
        }
        head.append(" HTTP/1.1\r\nHost: ").append(host.indexOf(':') >= 0 && !host.startsWith("[") ? "[" + host + "]" : host);
        if (port != (https ? 443 : 80)) {
            head.append(':').append(port);
        }
        head.append("\r\nUser-Agent: ").append(USER_AGENT).append("\r\nConnection: close\r\n");
        for (HttpCall.Header header : call.headers()) {
            head.append(header.name()).append(": ").append(header.value()).append("\r\n");
        }
        if (call.body() != null) {
            head.append("Content-Length: ").append(call.body().length).append("\r\n");
        }
        head.append("\r\n");
        out.write(head.toString().getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private static BlockingHttp readAnswer(Socket socket, BufferedInputStream in, String method) throws IOException {
        int[] headBytes = {0};
        while (true) {
            String statusLine;
            try {
                statusLine = readLine(in, headBytes, true);
            } catch (SocketTimeoutException e) {
                HttpTimeoutException timeout = new HttpTimeoutException("request timed out");
                timeout.initCause(e);
                throw timeout;
            }
            int status = statusOf(statusLine);
            String contentType = "";
            String retryAfter = "";
            String transferEncoding = "";
            long length = -1;
            for (String line; !(line = readLine(in, headBytes, false)).isEmpty(); ) {
                int colon = line.indexOf(':');
                if (colon <= 0) {
                    throw new IOException("malformed header line in the answer");
                }
                String name = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
                String value = line.substring(colon + 1).strip();
                switch (name) {
                    case "content-type" -> contentType = contentType.isEmpty() ? value : contentType;
                    case "retry-after" -> retryAfter = retryAfter.isEmpty() ? value : retryAfter;
                    case "transfer-encoding" -> transferEncoding = value.toLowerCase(Locale.ROOT);
                    case "content-length" -> length = contentLength(value, length);
                    default -> { }
                }
            }
            if (status >= 100 && status < 200) {
                continue; // 100 Continue and other interim answers come before the real one
            }
            InputStream body;
            if (method.equals("HEAD") || status == 204 || status == 304) {
                body = InputStream.nullInputStream();
            } else if (!transferEncoding.isEmpty()) {
                if (!transferEncoding.endsWith("chunked")) {
                    throw new IOException("unsupported transfer encoding " + transferEncoding);
                }
                body = new ChunkedBody(in);
            } else if (length >= 0) {
                body = new LengthBody(in, length);
            } else {
                body = in; // until the server closes the connection
            }
            // The body streams for as long as it takes; only a silence counts (see StallGuard).
            socket.setSoTimeout(0);
            return new BlockingHttp(socket, status, contentType, retryAfter, body);
        }
    }

    private static int statusOf(String line) throws IOException {
        // "HTTP/1.1 200 OK": the reason phrase may be empty or missing.
        if (!line.startsWith("HTTP/1.") || line.length() < 12 || line.charAt(8) != ' ') {
            throw new IOException("the answer did not start with an HTTP/1.1 status line");
        }
        try {
            int status = Integer.parseInt(line.substring(9, 12));
            if (status < 100 || status > 999 || (line.length() > 12 && line.charAt(12) != ' ')) {
                throw new NumberFormatException();
            }
            return status;
        } catch (NumberFormatException e) {
            throw new IOException("the answer's status line has no valid status code");
        }
    }

    private static long contentLength(String value, long earlier) throws IOException {
        long length;
        try {
            length = Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new IOException("the answer has an invalid Content-Length");
        }
        if (length < 0 || (earlier >= 0 && earlier != length)) {
            throw new IOException("the answer has an invalid Content-Length");
        }
        return length;
    }

    /** One CRLF- (or LF-) ended line of the head, ISO-8859-1 as HTTP says; bounded against endless heads. */
    private static String readLine(InputStream in, int[] headBytes, boolean first) throws IOException {
        StringBuilder line = new StringBuilder(64);
        while (true) {
            int b = in.read();
            if (b < 0) {
                if (first && line.length() == 0 && headBytes[0] == 0) {
                    throw new EOFException("connection closed before any answer (received no bytes)");
                }
                throw new EOFException("connection closed in the middle of the answer's headers");
            }
            if (++headBytes[0] > MAX_HEAD || line.length() > MAX_LINE) {
                throw new IOException("the answer's headers are too long");
            }
            if (b == '\n') {
                int end = line.length();
                if (end > 0 && line.charAt(end - 1) == '\r') {
                    line.setLength(end - 1);
                }
                return line.toString();
            }
            line.append((char) b);
        }
    }

    int status() {
        return status;
    }

    String contentType() {
        return contentType;
    }

    String retryAfter() {
        return retryAfter;
    }

    /** The body, framed by Content-Length, chunks or the end of the connection; a body cut short is an I/O error. */
    InputStream body() {
        return body;
    }

    /** Closes the connection: the way to stop a download, from any thread. */
    @Override
    public void close() {
        closeQuietly(socket);
    }

    private static void closeQuietly(Closeable closeable) {
        try {
            closeable.close();
        } catch (IOException ignored) {
            // Closing only ends the exchange; nothing else to do.
        }
    }
}

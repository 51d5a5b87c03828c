package app.fiv.demo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;

/**
 * One GET over a bare socket, to see exactly which bytes a server sends and when it stops or
 * closes, below anything an HTTP client would hide, retry or time out.
 */
final class RawHttp implements AutoCloseable {

    private final Socket socket;
    private final ByteArrayOutputStream received = new ByteArrayOutputStream();

    private RawHttp(Socket socket) {
        this.socket = socket;
    }

    /** Sends {@code GET <root><path>} with the token and Accept header; reads nothing yet. */
    static RawHttp get(DemoCommServe server, String path, String token, String accept) throws IOException {
        return get(server, path, token, accept, "127.0.0.1:" + server.port());
    }

    /** As {@link #get(DemoCommServe, String, String, String)} with the given Host header, or none for null. */
    static RawHttp get(DemoCommServe server, String path, String token, String accept, String host) throws IOException {
        Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port());
        String request = "GET " + server.webServiceUrl().getPath() + path + " HTTP/1.1\r\n"
                + (host == null ? "" : "Host: " + host + "\r\n")
                + "Authtoken: " + token + "\r\n"
                + "Accept: " + accept + "\r\n\r\n";
        OutputStream out = socket.getOutputStream();
        out.write(request.getBytes(StandardCharsets.US_ASCII));
        out.flush();
        return new RawHttp(socket);
    }

    /**
     * Reads until the server closes the connection ({@code true}) or sends nothing for
     * {@code quiet} ({@code false}); what arrived is in {@link #received()}.
     */
    boolean readUntilClosedOrQuietFor(Duration quiet) throws IOException {
        socket.setSoTimeout((int) quiet.toMillis());
        InputStream in = socket.getInputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                received.write(buffer, 0, n);
            }
            return true;
        } catch (SocketTimeoutException quietLongEnough) {
            return false;
        }
    }

    byte[] received() {
        return received.toByteArray();
    }

    /** The head (status line and headers) of what arrived, or {@code ""} if it has not ended yet. */
    String head() {
        String text = received.toString(StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n\r\n");
        return end < 0 ? "" : text.substring(0, end);
    }

    /** A header's value (any letter case: the JDK's server writes {@code Content-length}), or {@code null}. */
    String header(String name) {
        for (String line : head().split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase(name)) {
                return line.substring(colon + 1).trim();
            }
        }
        return null;
    }

    /** The bytes after the head. */
    byte[] body() {
        String head = head();
        if (head.isEmpty()) {
            throw new IllegalStateException("no complete head received");
        }
        byte[] all = received();
        return Arrays.copyOfRange(all, head.length() + 4, all.length);
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}

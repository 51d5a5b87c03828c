package app.fiv.api;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;

/**
 * A body sent in chunks ({@code Transfer-Encoding: chunked}): the sizes and any trailer are read
 * and dropped, the data passed on. A connection that closes before the last (empty) chunk is an
 * I/O error, so a cut-off answer is never taken for a complete one.
 */
final class ChunkedBody extends InputStream {
    private static final int MAX_LINE = 4096;
    private static final int MAX_TRAILER_LINES = 100;

    private final InputStream in;
    private long left;
    private boolean done;

    ChunkedBody(InputStream in) {
        this.in = in;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] buffer, int offset, int count) throws IOException {
        if (count == 0) {
            return 0;
        }
        if (left == 0 && !nextChunk()) {
            return -1;
        }
        int n = in.read(buffer, offset, (int) Math.min(count, left));
        if (n < 0) {
            throw new EOFException("the connection closed in the middle of a chunk");
        }
        left -= n;
        if (left == 0) {
            requireLineEnd();
        }
        return n;
    }

    @Override
    public int available() throws IOException {
        return done ? 0 : (int) Math.min(in.available(), left);
    }

    /** False at the last chunk (whose trailer it reads). */
    private boolean nextChunk() throws IOException {
        if (done) {
            return false;
        }
        String line = readLine();
        int end = line.indexOf(';'); // chunk extensions carry nothing we use
        String size = (end < 0 ? line : line.substring(0, end)).strip();
        try {
            left = size.isEmpty() || size.length() > 15 ? -1 : Long.parseLong(size, 16);
        } catch (NumberFormatException e) {
            left = -1;
        }
        if (left < 0) {
            throw new IOException("the answer's chunked body is malformed (chunk size \"" + (size.length() > 20
                    ? size.substring(0, 20) + "…" : size) + "\")");
        }
        if (left == 0) {
            for (int i = 0; !readLine().isEmpty(); i++) {
                if (i > MAX_TRAILER_LINES) {
                    throw new IOException("the answer's chunked body has too long a trailer");
                }
            }
            done = true;
            return false;
        }
        return true;
    }

    private void requireLineEnd() throws IOException {
        if (!readLine().isEmpty()) {
            throw new IOException("the answer's chunked body is malformed (no line end after a chunk)");
        }
    }

    private String readLine() throws IOException {
        StringBuilder line = new StringBuilder(16);
        while (true) {
            int b = in.read();
            if (b < 0) {
                throw new EOFException("the connection closed before the last chunk");
            }
            if (b == '\n') {
                int end = line.length();
                return end > 0 && line.charAt(end - 1) == '\r' ? line.substring(0, end - 1) : line.toString();
            }
            if (line.length() >= MAX_LINE) {
                throw new IOException("the answer's chunked body is malformed (a line is too long)");
            }
            line.append((char) b);
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}

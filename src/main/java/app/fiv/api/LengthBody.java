package app.fiv.api;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** A body of a known length: ends there, and a connection that closes sooner is an I/O error, not an end. */
final class LengthBody extends FilterInputStream {
    private final long length;
    private long left;

    LengthBody(InputStream in, long length) {
        super(in);
        this.length = length;
        this.left = length;
    }

    @Override
    public int read() throws IOException {
        if (left == 0) {
            return -1;
        }
        int b = in.read();
        if (b < 0) {
            throw cutShort();
        }
        left--;
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int count) throws IOException {
        if (count == 0) {
            return 0;
        }
        if (left == 0) {
            return -1;
        }
        int n = in.read(buffer, offset, (int) Math.min(count, left));
        if (n < 0) {
            throw cutShort();
        }
        left -= n;
        return n;
    }

    @Override
    public int available() throws IOException {
        return (int) Math.min(in.available(), left);
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = in.skip(Math.min(n, left));
        left -= skipped;
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private IOException cutShort() {
        return new IOException(String.format(java.util.Locale.ROOT,
                "the connection closed after %,d of %,d bytes", length - left, length));
    }
}

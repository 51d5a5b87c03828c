package app.fiv.demo;

import java.io.IOException;
import java.io.OutputStream;

/** Writes to the client and to a copy; closing closes the client's stream only. */
final class TeeOutputStream extends OutputStream {

    private final OutputStream client;
    private final OutputStream copy;

    TeeOutputStream(OutputStream client, OutputStream copy) {
        this.client = client;
        this.copy = copy;
    }

    @Override
    public void write(int b) throws IOException {
        client.write(b);
        copy.write(b);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        client.write(bytes, offset, length);
        copy.write(bytes, offset, length);
    }

    @Override
    public void flush() throws IOException {
        client.flush();
    }

    @Override
    public void close() throws IOException {
        client.close();
    }
}

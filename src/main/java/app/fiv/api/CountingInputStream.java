package app.fiv.api;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.LongConsumer;

/** Reports how many bytes of a download have arrived, for the progress shown while it runs. */
final class CountingInputStream extends FilterInputStream {
    private final LongConsumer listener;
    private long count;

    CountingInputStream(InputStream in, LongConsumer listener) {
        super(in);
        this.listener = listener;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b != -1) {
            listener.accept(++count);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            count += n;
            listener.accept(count);
        }
        return n;
    }
}

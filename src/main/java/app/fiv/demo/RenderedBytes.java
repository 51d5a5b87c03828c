package app.fiv.demo;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A rendered answer in 1 MiB pieces: no single huge array to find room for, and each piece is one
 * big write to the client.
 */
final class RenderedBytes {

    static final int PIECE = 8 << 20;

    private final List<byte[]> pieces;
    private final long length;

    private RenderedBytes(List<byte[]> pieces, long length) {
        this.pieces = pieces;
        this.length = length;
    }

    long length() {
        return length;
    }

    void writeTo(OutputStream out) throws IOException {
        for (byte[] piece : pieces) {
            out.write(piece);
        }
    }

    /** Collects what is written to it; {@link #bytes()} then gives the result. */
    static final class Collector extends OutputStream {

        /** Small answers, most of them, never need a whole piece. */
        private static final int FIRST_PIECE = 64 * 1024;

        private final List<byte[]> pieces = new ArrayList<>();
        private byte[] current = new byte[FIRST_PIECE];
        private int used;
        private long length;

        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int count) {
            while (count > 0) {
                if (used == current.length) {
                    nextPiece();
                }
                int n = Math.min(count, current.length - used);
                System.arraycopy(bytes, offset, current, used, n);
                used += n;
                offset += n;
                count -= n;
                length += n;
            }
        }

        RenderedBytes bytes() {
            List<byte[]> all = new ArrayList<>(pieces);
            all.add(Arrays.copyOf(current, used));
            return new RenderedBytes(List.copyOf(all), length);
        }

        private void nextPiece() {
            if (current.length < PIECE) {
                current = Arrays.copyOf(current, Math.min(PIECE, current.length * 2));
            } else {
                pieces.add(current);
                current = new byte[PIECE];
                used = 0;
            }
        }
    }
}

package app.fiv.model;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Appends cells in {@link ArenaColumn}'s format to a list of chunks that may hold other arenas'
 * chunks too: a varint header of {@code length << 2 | flags}, then the UTF-8 bytes (UTF-16 for a
 * cell with a lone surrogate, which UTF-8 cannot carry). The one writer of that format, for the
 * column builder and for tables joined or appended from others.
 */
final class ArenaWriter {
    private final List<byte[]> chunks;
    private final int chunkSize;
    private byte[] chunk;
    private int chunkIndex = -1;
    private int used;

    /** @param chunkSize the size of each new chunk (a larger cell gets one of its own size) */
    ArenaWriter(List<byte[]> chunks, int chunkSize) {
        this.chunks = chunks;
        this.chunkSize = chunkSize;
    }

    /** The cell's pointer (never 0, which is the blank cell's). */
    long append(String cell) {
        byte[] bytes = cell.getBytes(StandardCharsets.UTF_8);
        int flags = 0;
        if (bytes.length != cell.length()) {
            flags = ArenaColumn.NON_ASCII;
            if (!new String(bytes, StandardCharsets.UTF_8).equals(cell)) {
                bytes = ArenaColumn.utf16(cell);
                flags |= ArenaColumn.UTF16;
            }
        }
        int need = bytes.length + 5;
        if (chunk == null || used + need > chunk.length) {
            chunk = new byte[Math.max(chunkSize, need)];
            chunks.add(chunk);
            chunkIndex = chunks.size() - 1;
            used = 0;
        }
        long pointer = ((long) chunkIndex << 32 | used) + 1;
        int header = bytes.length << 2 | flags;
        while ((header & ~0x7f) != 0) {
            chunk[used++] = (byte) (header & 0x7f | 0x80);
            header >>>= 7;
        }
        chunk[used++] = (byte) header;
        System.arraycopy(bytes, 0, chunk, used, bytes.length);
        used += bytes.length;
        return pointer;
    }

    /** Drops the last chunk's unused end, once no more cells come. */
    void trim() {
        if (chunk != null && used < chunk.length) {
            chunk = Arrays.copyOf(chunk, used);
            chunks.set(chunkIndex, chunk);
        }
    }
}

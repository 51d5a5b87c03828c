package app.fiv.compare;

import java.util.Arrays;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;

/**
 * The earlier run's rows by item key, for a million rows without a million map entries: an
 * open-addressing table of int slots over the keys' hashes, a key's text made again only to
 * tell apart keys whose hashes meet. Rows with the same key are chained in their order and
 * handed out one by one ({@link #take}), so duplicated items pair up one to one, in order.
 */
final class KeyIndex {
    static final int CHUNK = 16_384;

    private final ItemKeys keys;
    private final int[] hashes;
    private final int[] keyRow;
    private final int[] cursor;
    private final int[] next;
    private final int mask;
    private final int shift;

    private KeyIndex(ItemKeys keys, int[] hashes, int[] keyRow, int[] cursor, int[] next) {
        this.keys = keys;
        this.hashes = hashes;
        this.keyRow = keyRow;
        this.cursor = cursor;
        this.next = next;
        this.mask = keyRow.length - 1;
        this.shift = shift(keyRow.length);
    }

    static KeyIndex of(ItemKeys keys, BooleanSupplier cancelled) {
        int rows = keys.rowCount();
        int[] hashes = new int[rows];
        inChunks(rows, cancelled, row -> hashes[row] = keys.key(row).hashCode());
        int capacity = Integer.highestOneBit(Math.max(4, rows) * 2 - 1) * 2;
        int[] keyRow = new int[capacity];
        int[] tail = new int[capacity];
        int[] next = new int[rows];
        Arrays.fill(keyRow, -1);
        Arrays.fill(next, -1);
        int mask = capacity - 1;
        int shift = shift(capacity);
        for (int row = 0; row < rows; row++) {
            if (row % CHUNK == 0 && cancelled.getAsBoolean()) {
                throw new CancellationException("comparison replaced");
            }
            int hash = hashes[row];
            String key = null;
            int slot = home(hash, shift);
            while (true) {
                int first = keyRow[slot];
                if (first < 0) {
                    keyRow[slot] = row;
                    tail[slot] = row;
                    break;
                }
                if (hashes[first] == hash) {
                    if (key == null) {
                        key = keys.key(row);
                    }
                    if (keys.key(first).equals(key)) {
                        next[tail[slot]] = row;
                        tail[slot] = row;
                        break;
                    }
                }
                slot = (slot + 1) & mask;
            }
        }
        // The tails are no longer needed: the same array becomes each key's next row to hand out.
        System.arraycopy(keyRow, 0, tail, 0, capacity);
        return new KeyIndex(keys, hashes, keyRow, tail, next);
    }

    /** The slot of a key, or -1 when no earlier row has it. Reads only: safe from many threads. */
    int slotOf(String key) {
        int hash = key.hashCode();
        int slot = home(hash, shift);
        while (true) {
            int first = keyRow[slot];
            if (first < 0) {
                return -1;
            }
            if (hashes[first] == hash && keys.key(first).equals(key)) {
                return slot;
            }
            slot = (slot + 1) & mask;
        }
    }

    /** The next earlier row of the slot's key not yet paired, or -1 when all are. One thread only. */
    int take(int slot) {
        int row = cursor[slot];
        if (row >= 0) {
            cursor[slot] = next[row];
        }
        return row;
    }

    /** Runs {@code work} for every row, chunks of rows in parallel when there are many. */
    static void inChunks(int rows, BooleanSupplier cancelled, java.util.function.IntConsumer work) {
        int chunks = (rows + CHUNK - 1) / CHUNK;
        IntStream range = IntStream.range(0, chunks);
        (chunks > 2 ? range.parallel() : range).forEach(chunk -> {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("comparison replaced");
            }
            int end = Math.min(rows, (chunk + 1) * CHUNK);
            for (int row = chunk * CHUNK; row < end; row++) {
                work.accept(row);
            }
        });
        if (cancelled.getAsBoolean()) {
            throw new CancellationException("comparison replaced");
        }
    }

    /** A key's first slot: the top bits of its hash times the golden ratio, which spreads Strings' hashes well. */
    private static int home(int hash, int shift) {
        return ((hash ^ (hash >>> 16)) * 0x9E3779B1) >>> shift;
    }

    private static int shift(int capacity) {
        return 32 - Integer.numberOfTrailingZeros(capacity);
    }
}

package app.fiv.model;

import java.io.Writer;
import java.util.Locale;

/**
 * The most text one cell holds, {@value #MAX_CHARS} characters (64 Mi), however it arrives: a
 * cell is shown, searched, sorted and exported whole, so it must fit in memory many times over. Far
 * beyond any real path (the longest seen, a runaway folder loop, is 1 MB).
 */
final class CellLimit {
    static final int MAX_CHARS = 64 << 20;

    private CellLimit() {
    }

    /** @param name the key or element the value belongs to, or null */
    static ResponseFormatException tooLong(String name) {
        String which = name == null ? "A value" : "A value (" + ServerText.clean(name) + ")";
        return new ResponseFormatException(which + " is longer than "
                + String.format(Locale.ROOT, "%,d", MAX_CHARS) + " characters, the most a cell holds.");
    }

    /**
     * A writer for a nested value's JSON that refuses to grow past the limit. It throws an
     * unchecked {@link Exceeded}, so a generator passes it on untouched, apart from the I/O
     * errors it reports itself. Text held elsewhere for the same cell can be counted in with
     * {@link #reserve}.
     */
    static class BoundedWriter extends Writer {
        private final StringBuilder out = new StringBuilder();
        private long held;

        /** Counts {@code length} more characters toward the cell, or throws {@link Exceeded}. */
        final void reserve(long length) {
            if (held + length > MAX_CHARS) {
                throw new Exceeded(null);
            }
            held += length;
        }

        /** Counts characters no longer held (text about to be written, which counts again as output). */
        final void release(long length) {
            held -= length;
        }

        @Override
        public final void write(char[] chars, int offset, int length) {
            reserve(length);
            out.append(chars, offset, length);
        }

        @Override
        public final void write(String text, int offset, int length) {
            reserve(length);
            out.append(text, offset, length);
        }

        @Override
        public final void flush() {
            // Memory only.
        }

        @Override
        public final void close() {
            // Memory only.
        }

        @Override
        public final String toString() {
            return out.toString();
        }
    }

    /** Thrown by {@link BoundedWriter}; whoever knows the value's name turns it into {@link #tooLong}. */
    static final class Exceeded extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String name;

        Exceeded(String name) {
            super("a cell would exceed " + MAX_CHARS + " characters", null, false, false);
            this.name = name;
        }

        /** The key or element the value belongs to, when known. */
        String name() {
            return name;
        }
    }
}

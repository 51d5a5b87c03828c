package app.fiv.model;

import java.nio.charset.StandardCharsets;

/**
 * "Does this row's cell contain the text, ignoring case", prepared once a search for one column
 * of the store: a dictionary column tests each distinct value once; an arena column compares
 * ASCII bytes folded in place and decodes only the cells that hold other characters.
 */
abstract class CellMatcher {

    abstract boolean matches(int row);

    static CellMatcher of(FailedItemsTable table, int column, Needle needle) {
        ColumnData data = table.data(column);
        if (data == null) {
            return needle.foundIn("") ? ALL : NONE;
        }
        if (data instanceof DictColumn dict) {
            boolean[] hit = new boolean[dict.values().length];
            for (int i = 0; i < hit.length; i++) {
                hit[i] = needle.foundIn(dict.values()[i]);
            }
            char[] codes = dict.codes();
            return new CellMatcher() {
                @Override
                boolean matches(int row) {
                    return hit[codes[row]];
                }
            };
        }
        ArenaColumn arena = (ArenaColumn) data;
        if (needle.isAscii()) {
            return new AsciiArena(arena, needle);
        }
        if (needle.onlyInNonAscii()) {
            return new CellMatcher() {
                @Override
                boolean matches(int row) {
                    return arena.nonAscii(row) && needle.foundIn(arena.get(row));
                }
            };
        }
        return new CellMatcher() {
            @Override
            boolean matches(int row) {
                return needle.foundIn(arena.get(row));
            }
        };
    }

    /** "The cell is exactly this text", for the reason filter. */
    static CellMatcher equalTo(FailedItemsTable table, int column, String value) {
        ColumnData data = table.data(column);
        if (data instanceof DictColumn dict) {
            int code = java.util.Arrays.asList(dict.values()).indexOf(value);
            char[] codes = dict.codes();
            return code < 0 ? NONE : new CellMatcher() {
                @Override
                boolean matches(int row) {
                    return codes[row] == code;
                }
            };
        }
        if (data instanceof ArenaColumn arena && value.isEmpty()) {
            long[] pointers = arena.pointers();
            return new CellMatcher() {
                @Override
                boolean matches(int row) {
                    return pointers[row] == 0;
                }
            };
        }
        return new CellMatcher() {
            @Override
            boolean matches(int row) {
                return table.cell(row, column).equals(value);
            }
        };
    }

    private static final CellMatcher ALL = new CellMatcher() {
        @Override
        boolean matches(int row) {
            return true;
        }
    };

    private static final CellMatcher NONE = new CellMatcher() {
        @Override
        boolean matches(int row) {
            return false;
        }
    };

    /** An ASCII needle over UTF-8 bytes: for ASCII cells, folding A-Z is exactly {@code regionMatches(true, ...)}. */
    private static final class AsciiArena extends CellMatcher {
        private static final byte[] FOLD = new byte[256];

        static {
            for (int b = 0; b < 256; b++) {
                FOLD[b] = (byte) (b >= 'A' && b <= 'Z' ? b + 32 : b);
            }
        }

        private final ArenaColumn arena;
        private final Needle needle;
        private final byte[] text;

        AsciiArena(ArenaColumn arena, Needle needle) {
            this.arena = arena;
            this.needle = needle;
            byte[] bytes = needle.text().getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = FOLD[bytes[i] & 0xff];
            }
            this.text = bytes;
        }

        @Override
        boolean matches(int row) {
            long pointer = arena.pointers()[row];
            if (pointer == 0) {
                return text.length == 0;
            }
            byte[] chunk = arena.chunks()[ArenaColumn.chunk(pointer)];
            long cell = ArenaColumn.cell(chunk, ArenaColumn.offset(pointer));
            int header = ArenaColumn.header(cell);
            int at = ArenaColumn.start(cell);
            if ((header & ArenaColumn.NON_ASCII) != 0) {
                return needle.foundIn(arena.get(row));
            }
            return contains(chunk, at, at + (header >>> 2));
        }

        private boolean contains(byte[] chunk, int from, int to) {
            byte[] t = text;
            int n = t.length;
            if (n == 0) {
                return true;
            }
            byte first = t[0];
            int last = to - n;
            outer:
            for (int i = from; i <= last; i++) {
                if (FOLD[chunk[i] & 0xff] != first) {
                    continue;
                }
                for (int j = 1; j < n; j++) {
                    if (FOLD[chunk[i + j] & 0xff] != t[j]) {
                        continue outer;
                    }
                }
                return true;
            }
            return false;
        }
    }
}

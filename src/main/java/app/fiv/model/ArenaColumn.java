package app.fiv.model;

import java.nio.charset.StandardCharsets;

/**
 * A column of mostly unique values, stored as UTF-8 in chunks. {@code pointers[row]} is 0 for a
 * blank cell, else {@code (chunk << 32 | offset) + 1}; at the offset a varint header holds
 * {@code length << 2 | flags}, then the bytes. {@link #NON_ASCII} lets searches skip decoding
 * ASCII cells; {@link #UTF16} marks the rare cell with a lone surrogate, kept as UTF-16 chars.
 */
record ArenaColumn(byte[][] chunks, long[] pointers) implements ColumnData {
    static final int NON_ASCII = 1;
    static final int UTF16 = 2;

    @Override
    public String get(int row) {
        long pointer = pointers[row];
        if (pointer == 0) {
            return "";
        }
        byte[] chunk = chunks[chunk(pointer)];
        long cell = cell(chunk, offset(pointer));
        int header = header(cell);
        int at = start(cell);
        int length = header >>> 2;
        if ((header & UTF16) != 0) {
            char[] chars = new char[length / 2];
            for (int i = 0; i < chars.length; i++) {
                chars[i] = (char) ((chunk[at + 2 * i] & 0xff) << 8 | chunk[at + 2 * i + 1] & 0xff);
            }
            return new String(chars);
        }
        return new String(chunk, at, length, StandardCharsets.UTF_8);
    }

    /** True when the cell holds a character beyond ASCII (read from its header, without decoding). */
    boolean nonAscii(int row) {
        long pointer = pointers[row];
        return pointer != 0 && (chunks[chunk(pointer)][offset(pointer)] & NON_ASCII) != 0;
    }

    /** An ASCII cell lower-cased straight from its bytes (as case-insensitive order folds it), or null for other cells. */
    String foldedAscii(int row) {
        long pointer = pointers[row];
        if (pointer == 0) {
            return "";
        }
        byte[] chunk = chunks[chunk(pointer)];
        long cell = cell(chunk, offset(pointer));
        int header = header(cell);
        int at = start(cell);
        if ((header & NON_ASCII) != 0) {
            return null;
        }
        byte[] folded = java.util.Arrays.copyOfRange(chunk, at, at + (header >>> 2));
        for (int i = 0; i < folded.length; i++) {
            byte c = folded[i];
            if (c >= 'A' && c <= 'Z') {
                folded[i] = (byte) (c + 32);
            }
        }
        return new String(folded, StandardCharsets.ISO_8859_1);
    }

    static byte[] utf16(String cell) {
        byte[] bytes = new byte[cell.length() * 2];
        for (int i = 0; i < cell.length(); i++) {
            bytes[2 * i] = (byte) (cell.charAt(i) >>> 8);
            bytes[2 * i + 1] = (byte) cell.charAt(i);
        }
        return bytes;
    }

    static int chunk(long pointer) {
        return (int) ((pointer - 1) >>> 32);
    }

    static int offset(long pointer) {
        return (int) (pointer - 1);
    }

    /**
     * Reads the variable-length header of the cell stored at {@code at}: its length and flags, and
     * where its bytes start, packed in one long so the filter's loop over a million cells allocates nothing.
     */
    static long cell(byte[] chunk, int at) {
        int header = 0;
        int shift = 0;
        byte b;
        do {
            b = chunk[at++];
            header |= (b & 0x7f) << shift;
            shift += 7;
        } while (b < 0);
        return (long) header << 32 | at;
    }

    /** The header of a {@link #cell}: byte length shifted left by 2, then the UTF16 and NON_ASCII flags. */
    static int header(long cell) {
        return (int) (cell >>> 32);
    }

    /** Where the bytes of a {@link #cell} start in its chunk. */
    static int start(long cell) {
        return (int) cell;
    }
}

package app.fiv.demo;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Sits between the JDK's StAX writer and the response, for the control characters it copies into
 * the document as they are. A tab, line feed or carriage return written raw into an attribute
 * reaches the reader as a space (XML's attribute-value normalization), and a raw carriage return
 * in text as a line feed, so they go out as character references, as a .NET CommServe writes
 * them. The other C0 controls cannot appear in an XML 1.0 document at all, not even as
 * references, so each becomes U+FFFD, the replacement character, and the document stays readable.
 *
 * <p>Works on UTF-8 bytes: bytes below 0x20 are never part of a multi-byte character, and the StAX
 * writer adds no line breaks of its own, so every such byte comes from the data.
 */
final class XmlControlCharacters extends FilterOutputStream {

    private static final byte[] TAB = "&#9;".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] LINE_FEED = "&#10;".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] CARRIAGE_RETURN = "&#13;".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] REPLACEMENT = "\uFFFD".getBytes(StandardCharsets.UTF_8);

    XmlControlCharacters(OutputStream out) {
        super(out);
    }

    /** The hot path: the JDK's UTF-8 writer hands over one byte at a time. */
    @Override
    public void write(int b) throws IOException {
        if (isControl((byte) b)) {
            out.write(replacement((byte) b));
        } else {
            out.write(b);
        }
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        int plainFrom = offset;
        int end = offset + length;
        for (int i = offset; i < end; i++) {
            if (isControl(bytes[i])) {
                out.write(bytes, plainFrom, i - plainFrom);
                out.write(replacement(bytes[i]));
                plainFrom = i + 1;
            }
        }
        out.write(bytes, plainFrom, end - plainFrom);
    }

    private static boolean isControl(byte b) {
        return b >= 0 && b < 0x20;
    }

    private static byte[] replacement(byte control) {
        return switch (control) {
            case '\t' -> TAB;
            case '\n' -> LINE_FEED;
            case '\r' -> CARRIAGE_RETURN;
            default -> REPLACEMENT;
        };
    }
}

package app.fiv.api;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.util.Locale;

/** What a response body really is, judged by its Content-Type and its first bytes. */
enum BodyKind {
    JSON, XML, HTML, EMPTY, OTHER;

    static BodyKind of(String contentType, BufferedInputStream body) throws IOException {
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        int first = firstSignificantByte(body);
        if (first == -1) {
            return EMPTY;
        }
        if (first == '{' || first == '[') {
            return JSON;
        }
        if (type.contains("html")) {
            return HTML;
        }
        if (first == '<') {
            return type.contains("xml") || !looksLikeHtml(body) ? XML : HTML;
        }
        return OTHER;
    }

    private static int firstSignificantByte(BufferedInputStream body) throws IOException {
        body.mark(4096);
        try {
            for (int i = 0; i < 4096; i++) {
                int b = body.read();
                // Skip white space and a UTF-8 byte-order mark.
                if (b == -1 || !(Character.isWhitespace(b) || b == 0xEF || b == 0xBB || b == 0xBF)) {
                    return b;
                }
            }
            return 0;
        } finally {
            body.reset();
        }
    }

    private static boolean looksLikeHtml(BufferedInputStream body) throws IOException {
        body.mark(512);
        byte[] head = body.readNBytes(512);
        body.reset();
        String text = new String(head, java.nio.charset.StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        return text.contains("<html") || text.contains("<!doctype html") || text.contains("<body");
    }
}

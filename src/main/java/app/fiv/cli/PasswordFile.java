package app.fiv.cli;

import app.fiv.api.ApiException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/** Reads a password from a file: UTF-8, one line; the line end is not part of it. Every copy is wiped. */
final class PasswordFile {
    private static final int MAX_BYTES = 4096;

    private PasswordFile() {
    }

    static char[] read(Path file) throws ApiException {
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw invalid("The password file " + file + " is larger than " + MAX_BYTES + " bytes: it should hold"
                        + " only the password.");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw invalid("The password file " + file + " could not be read (" + e.getClass().getSimpleName() + ").");
        }
        CharBuffer chars = null;
        try {
            chars = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            int end = chars.limit();
            while (end > 0 && (chars.get(end - 1) == '\n' || chars.get(end - 1) == '\r')) {
                end--;
            }
            char[] password = new char[end];
            chars.get(password, 0, end);
            if (password.length == 0) {
                throw invalid("The password file " + file + " is empty.");
            }
            return password;
        } catch (CharacterCodingException e) {
            throw invalid("The password file " + file + " is not UTF-8 text.");
        } finally {
            Arrays.fill(bytes, (byte) 0);
            if (chars != null && chars.hasArray()) {
                Arrays.fill(chars.array(), '\0');
            }
        }
    }

    private static ApiException invalid(String message) {
        return new ApiException(ApiException.Kind.INVALID_INPUT, message);
    }
}

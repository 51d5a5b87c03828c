package app.fiv.jobs;

import app.fiv.api.ApiException;
import app.fiv.model.ErrorBodyException;
import app.fiv.model.FailedItemsJsonReader;
import app.fiv.model.FailedItemsTable;
import app.fiv.model.FailedItemsXmlReader;
import app.fiv.model.ResponseFormatException;
import app.fiv.model.RowSink;
import app.fiv.model.Shape;
import app.fiv.model.TableBuilder;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A FailedItems answer saved to a file ({@code curl -o}, or sent by a colleague), read like the
 * client reads one from a CommServe: JSON or XML judged by the content, either shape, streamed.
 * A file that is not there or cannot be opened is {@code INVALID_INPUT}; one that is not a
 * readable answer is {@code SERVER}, with the reader's message, as the same bytes from a server
 * would be.
 */
public final class SavedAnswers {
    private SavedAnswers() {
    }

    /** The whole answer as a table. Blocks; runs on a worker thread. */
    public static FailedItemsTable read(Path file) throws ApiException {
        TableBuilder table = new TableBuilder();
        stream(file, table);
        return table.build();
    }

    /**
     * Streams the answer into the sink, row by row; {@link RowSink#end} only for a complete one.
     * The sink's own failures ({@link java.io.UncheckedIOException}) pass through untouched.
     */
    public static Shape stream(Path file, RowSink sink) throws ApiException {
        String name = String.valueOf(file.getFileName());
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 64 * 1024)) {
            return switch (kindOf(in)) {
                case JSON -> FailedItemsJsonReader.read(in, sink);
                case XML -> FailedItemsXmlReader.read(in, sink);
                case EMPTY -> throw unreadable(name, "The file is empty.");
                case HTML -> throw unreadable(name, "It is a web page (HTML), not an answer of the API: save the answer"
                        + " of GET Job/{jobId}/FailedItems itself.");
                case OTHER -> throw unreadable(name, "It is neither JSON nor XML.");
            };
        } catch (NoSuchFileException e) {
            throw new ApiException(ApiException.Kind.INVALID_INPUT, "The saved answer " + file + " does not exist.", e);
        } catch (AccessDeniedException e) {
            throw new ApiException(ApiException.Kind.INVALID_INPUT, "The saved answer " + file
                    + " cannot be read: permission denied.", e);
        } catch (ErrorBodyException e) {
            throw new ApiException(ApiException.Kind.SERVER, "The saved answer " + name
                    + " is the CommServe's error, not failed items: " + e.getMessage());
        } catch (ResponseFormatException e) {
            throw unreadable(name, e.getMessage());
        } catch (IOException e) {
            if (Files.isDirectory(file)) {
                throw new ApiException(ApiException.Kind.INVALID_INPUT, file + " is a folder; choose a saved answer file.", e);
            }
            throw new ApiException(ApiException.Kind.INVALID_INPUT, "The saved answer " + file + " cannot be read ("
                    + e.getMessage() + ").", e);
        }
    }

    private static ApiException unreadable(String name, String why) {
        return new ApiException(ApiException.Kind.SERVER, "The saved answer " + name + " could not be read. " + why);
    }

    private enum Kind { JSON, XML, HTML, EMPTY, OTHER }

    /** As the client judges a body, by its first bytes after white space and a byte-order mark. */
    private static Kind kindOf(InputStream in) throws IOException {
        in.mark(4096);
        byte[] head = in.readNBytes(4096);
        in.reset();
        int at = 0;
        while (at < head.length && (Character.isWhitespace(head[at]) || (head[at] & 0xff) == 0xEF
                || (head[at] & 0xff) == 0xBB || (head[at] & 0xff) == 0xBF)) {
            at++;
        }
        if (at == head.length) {
            return head.length < 4096 ? Kind.EMPTY : Kind.OTHER;
        }
        if (head[at] == '{' || head[at] == '[') {
            return Kind.JSON;
        }
        if (head[at] == '<') {
            String text = new String(head, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
            boolean html = text.contains("<html") || text.contains("<!doctype html") || text.contains("<body");
            return html ? Kind.HTML : Kind.XML;
        }
        return Kind.OTHER;
    }
}

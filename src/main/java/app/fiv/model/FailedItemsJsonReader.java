package app.fiv.model;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads a FailedItems response with Jackson's streaming parser and hands each row to a
 * {@link RowSink} as soon as it is parsed, so a response of any size is never held as a tree. The
 * shape is decided by the content: the flag {@code isFailedItemsCSV} is only used when neither list
 * is present.
 */
public final class FailedItemsJsonReader {
    /** The columns the API documents for the list shape; shown for a job with no items. */
    public static final List<String> LIST_COLUMNS = List.of("failureReason", "entity");

    private static final JsonFactory FACTORY = new JsonFactory();

    private FailedItemsJsonReader() {
    }

    /**
     * Streams the response into the sink; {@link RowSink#end()} is called only if it was complete.
     *
     * @return the shape the response had
     */
    public static Shape read(InputStream body, RowSink sink) throws IOException, ResponseFormatException {
        try (JsonParser parser = FACTORY.createParser(body)) {
            try {
                return readDocument(parser, new RowAssembler(sink));
            } catch (CellLimit.Exceeded e) {
                throw CellLimit.tooLong(e.name());
            }
        } catch (JsonEOFException e) {
            throw new ResponseFormatException("The response ended too early: it was cut off before the end.", e);
        } catch (JsonProcessingException e) {
            // Syntax errors, and limits such as nesting depth that a hostile answer may break.
            throw new ResponseFormatException("The response is not valid JSON (" + e.getOriginalMessage() + ").", e);
        }
    }

    private static Shape readDocument(JsonParser parser, RowAssembler rows) throws IOException, ResponseFormatException {
        JsonToken first = parser.nextToken();
        if (first == null) {
            throw new ResponseFormatException("The response is empty.");
        }
        if (first != JsonToken.START_OBJECT) {
            throw new ResponseFormatException("The response is not a JSON object.");
        }
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            switch (field) {
                case "failedItems" -> {
                    if (value == JsonToken.START_ARRAY) {
                        readList(parser, rows);
                    } else if (value == JsonToken.VALUE_NULL) {
                        rows.nullListSeen();
                    } else {
                        parser.skipChildren();
                    }
                }
                case "failedItemsCSV" -> {
                    if (value == JsonToken.START_OBJECT) {
                        readCsv(parser, rows);
                    } else {
                        parser.skipChildren();
                    }
                }
                case "isFailedItemsCSV" -> rows.flag(JsonValues.text(parser));
                case "errorCode" -> rows.errorCode(JsonValues.text(parser));
                case "errorMessage" -> rows.errorMessage(JsonValues.text(parser));
                case "errList" -> readErrList(parser, rows);
                default -> parser.skipChildren();
            }
        }
        if (parser.currentToken() != JsonToken.END_OBJECT) {
            throw new ResponseFormatException("The response ended too early: it was cut off before the end.");
        }
        return rows.finish();
    }

    private static void readList(JsonParser parser, RowAssembler rows) throws IOException, ResponseFormatException {
        rows.listSeen();
        String[] cells = new String[8];
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
            if (token == null) {
                throw new JsonEOFException(parser, null, "end of input inside failedItems");
            }
            if (token != JsonToken.START_OBJECT) {
                throw new ResponseFormatException("Item " + (rows.rowCount() + 1)
                        + " of failedItems is not an object but " + describe(token) + ".");
            }
            int width = 0;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                int column = rows.columnFor(parser.currentName());
                parser.nextToken();
                if (column >= cells.length) {
                    cells = Arrays.copyOf(cells, Math.max(column + 1, cells.length * 2));
                }
                cells[column] = JsonValues.text(parser);
                width = Math.max(width, column + 1);
            }
            requireEndOfObject(parser);
            rows.listRow(Arrays.copyOf(cells, width));
            Arrays.fill(cells, 0, width, null);
        }
    }

    private static void readCsv(JsonParser parser, RowAssembler rows) throws IOException, ResponseFormatException {
        rows.csvSeen();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            if (field.equals("columns") && value == JsonToken.START_ARRAY) {
                rows.csvHeader(readTextArray(parser));
            } else if (field.equals("rows") && value == JsonToken.START_ARRAY) {
                readCsvRows(parser, rows);
            } else {
                parser.skipChildren();
            }
        }
    }

    private static void readCsvRows(JsonParser parser, RowAssembler rows) throws IOException, ResponseFormatException {
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
            if (token == null) {
                throw new JsonEOFException(parser, null, "end of input inside rows");
            }
            if (token == JsonToken.START_ARRAY) {
                // A bare array of cells: tolerated, it carries the same information.
                rows.csvRow(readTextArray(parser).toArray(String[]::new));
                continue;
            }
            if (token != JsonToken.START_OBJECT) {
                throw new ResponseFormatException("Row " + (rows.rowCount() + 1)
                        + " of failedItemsCSV is not an object but " + describe(token) + ".");
            }
            String[] cells = new String[0];
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                JsonToken value = parser.nextToken();
                if (parser.currentName().equals("row") && value == JsonToken.START_ARRAY) {
                    cells = readTextArray(parser).toArray(String[]::new);
                } else {
                    parser.skipChildren();
                }
            }
            requireEndOfObject(parser);
            rows.csvRow(cells);
        }
    }

    /** Commvault's other error form: {@code "errList": [{"errorCode": .., "errLogMessage": ".."}]}. */
    private static void readErrList(JsonParser parser, RowAssembler rows) throws IOException {
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            parser.skipChildren();
            return;
        }
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
            if (token == null) {
                throw new JsonEOFException(parser, null, "end of input inside errList");
            }
            if (token != JsonToken.START_OBJECT) {
                parser.skipChildren();
                continue;
            }
            String code = null;
            String message = null;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                parser.nextToken();
                switch (field) {
                    case "errorCode" -> code = JsonValues.text(parser);
                    case "errLogMessage", "errorMessage" -> message = JsonValues.text(parser);
                    default -> parser.skipChildren();
                }
            }
            requireEndOfObject(parser);
            rows.errListEntry(code, message);
        }
    }

    private static List<String> readTextArray(JsonParser parser) throws IOException {
        List<String> values = new ArrayList<>();
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
            if (token == null) {
                throw new JsonEOFException(parser, null, "end of input inside an array");
            }
            values.add(JsonValues.text(parser));
        }
        return values;
    }

    /** A row cut off by the end of the input is not passed on: only whole rows reach the sink. */
    private static void requireEndOfObject(JsonParser parser) throws JsonEOFException {
        if (parser.currentToken() != JsonToken.END_OBJECT) {
            throw new JsonEOFException(parser, null, "end of input inside an item");
        }
    }

    private static String describe(JsonToken token) {
        return switch (token) {
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> token.toString();
        };
    }
}

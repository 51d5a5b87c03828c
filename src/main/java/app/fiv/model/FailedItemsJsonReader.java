package app.fiv.model;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads a FailedItems response with Jackson's streaming parser straight into a table, so a
 * response of any size is never held as a tree. The shape is decided by the content: the flag
 * {@code isFailedItemsCSV} is only used when neither list is present.
 */
public final class FailedItemsJsonReader {
    /** The columns the API documents for the list shape; shown for a job with no items. */
    public static final List<String> LIST_COLUMNS = List.of("failureReason", "entity");

    private static final JsonFactory FACTORY = new JsonFactory();

    private FailedItemsJsonReader() {
    }

    public static FailedItemsTable read(InputStream body) throws IOException, ResponseFormatException {
        try (JsonParser parser = FACTORY.createParser(body)) {
            return readDocument(parser);
        } catch (JsonEOFException e) {
            throw new ResponseFormatException("The response ended too early: it was cut off before the end.", e);
        } catch (JsonParseException e) {
            throw new ResponseFormatException("The response is not valid JSON (" + e.getOriginalMessage() + ").", e);
        }
    }

    private static FailedItemsTable readDocument(JsonParser parser) throws IOException, ResponseFormatException {
        JsonToken first = parser.nextToken();
        if (first == null) {
            throw new ResponseFormatException("The response is empty.");
        }
        if (first != JsonToken.START_OBJECT) {
            throw new ResponseFormatException("The response is not a JSON object.");
        }
        TableBuilder list = null;
        TableBuilder csv = null;
        Boolean csvFlag = null;
        String errorCode = null;
        String errorMessage = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            switch (field) {
                case "failedItems" -> list = value == JsonToken.START_ARRAY ? readList(parser) : skip(parser, list);
                case "failedItemsCSV" -> csv = value == JsonToken.START_OBJECT ? readCsv(parser) : skip(parser, csv);
                case "isFailedItemsCSV" -> csvFlag = "true".equalsIgnoreCase(JsonValues.text(parser));
                case "errorCode" -> errorCode = JsonValues.text(parser);
                case "errorMessage" -> errorMessage = JsonValues.text(parser);
                default -> parser.skipChildren();
            }
        }
        if (parser.currentToken() != JsonToken.END_OBJECT) {
            throw new ResponseFormatException("The response ended too early: it was cut off before the end.");
        }
        if (csv != null) {
            return csv.build();
        }
        if (list != null) {
            if (list.columnCount() == 0) {
                list.setColumns(LIST_COLUMNS);
            }
            return list.build();
        }
        if (isError(errorCode, errorMessage)) {
            throw new ErrorBodyException(errorCode, errorMessage);
        }
        if (csvFlag != null) {
            return emptyTable(csvFlag);
        }
        throw new ResponseFormatException("The response has neither failedItems nor failedItemsCSV.");
    }

    private static TableBuilder readList(JsonParser parser) throws IOException, ResponseFormatException {
        TableBuilder builder = new TableBuilder(Shape.LIST);
        String[] cells = new String[8];
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
            if (token == null) {
                throw new JsonEOFException(parser, null, "end of input inside failedItems");
            }
            if (token != JsonToken.START_OBJECT) {
                throw new ResponseFormatException("Item " + (builder.rowCount() + 1)
                        + " of failedItems is not an object but " + describe(token) + ".");
            }
            int width = 0;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                int column = builder.columnFor(parser.currentName());
                parser.nextToken();
                if (column >= cells.length) {
                    cells = Arrays.copyOf(cells, Math.max(column + 1, cells.length * 2));
                }
                cells[column] = JsonValues.text(parser);
                width = Math.max(width, column + 1);
            }
            builder.addRow(Arrays.copyOf(cells, width));
            Arrays.fill(cells, 0, width, null);
        }
        return builder;
    }

    private static TableBuilder readCsv(JsonParser parser) throws IOException, ResponseFormatException {
        TableBuilder builder = new TableBuilder(Shape.CSV);
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            if (field.equals("columns") && value == JsonToken.START_ARRAY) {
                builder.setColumns(readTextArray(parser));
            } else if (field.equals("rows") && value == JsonToken.START_ARRAY) {
                readCsvRows(parser, builder);
            } else {
                parser.skipChildren();
            }
        }
        return builder;
    }

    private static void readCsvRows(JsonParser parser, TableBuilder builder) throws IOException, ResponseFormatException {
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
            if (token == JsonToken.START_ARRAY) {
                // A bare array of cells: tolerated, it carries the same information.
                builder.addRow(readTextArray(parser).toArray(String[]::new));
                continue;
            }
            if (token != JsonToken.START_OBJECT) {
                throw new ResponseFormatException("Row " + (builder.rowCount() + 1)
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
            builder.addRow(cells);
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

    private static TableBuilder skip(JsonParser parser, TableBuilder current) throws IOException {
        parser.skipChildren();
        return current;
    }

    private static FailedItemsTable emptyTable(boolean csvShape) {
        TableBuilder builder = new TableBuilder(csvShape ? Shape.CSV : Shape.LIST);
        if (!csvShape) {
            builder.setColumns(LIST_COLUMNS);
        }
        return builder.build();
    }

    private static boolean isError(String code, String message) {
        boolean hasCode = code != null && !code.isBlank() && !code.equals("0");
        boolean hasMessage = message != null && !message.isBlank();
        return hasCode || hasMessage;
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

package app.fiv.model;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/** Small tables for tests, built through the real reader. */
public final class Tables {
    private Tables() {
    }

    /** A whole JSON answer, read into a table. */
    public static FailedItemsTable json(InputStream body) throws IOException, ResponseFormatException {
        TableBuilder table = new TableBuilder();
        FailedItemsJsonReader.read(body, table);
        return table.build();
    }

    /** A whole XML answer, read into a table. */
    public static FailedItemsTable xml(InputStream body) throws IOException, ResponseFormatException {
        TableBuilder table = new TableBuilder();
        FailedItemsXmlReader.read(body, table);
        return table.build();
    }

    /** A CSV-shaped table with the given header and rows. */
    public static FailedItemsTable csv(List<String> columns, List<List<String>> rows) {
        String json = "{\"isFailedItemsCSV\":true,\"failedItemsCSV\":{\"columns\":" + array(columns) + ",\"rows\":["
                + rows.stream().map(row -> "{\"row\":" + array(row) + "}").collect(Collectors.joining(",")) + "]}}";
        try {
            return json(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(json, e);
        }
    }

    private static String array(List<String> values) {
        return values.stream().map(Tables::quote).collect(Collectors.joining(",", "[", "]"));
    }

    private static String quote(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return out.append('"').toString();
    }
}

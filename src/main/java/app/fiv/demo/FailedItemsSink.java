package app.fiv.demo;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Receives a failed-items document piece by piece, so that bodies of any size can be rendered
 * (as JSON or XML) or inspected without ever being held in memory.
 *
 * <p>A body calls exactly one of: {@link #verbatimJson} once; or {@link #beginList}, any number of
 * {@link #item}s, {@link #end}; or {@link #beginCsv}, any number of {@link #row}s, {@link #end}.
 */
interface FailedItemsSink {

    /** A complete JSON document that JSON output must reproduce byte for byte (the documented samples). */
    void verbatimJson(byte[] json) throws IOException;

    /** Starts the list shape: {@code "isFailedItemsCSV": false, "failedItems": [...]}. */
    void beginList() throws IOException;

    /** One list item; values are {@link String}s, {@link Number}s or {@link Boolean}s, in key order. */
    void item(Map<String, ?> fields) throws IOException;

    /** Starts the CSV shape: {@code "isFailedItemsCSV": true, "failedItemsCSV": {"columns": [...], "rows": [...]}}. */
    void beginCsv(List<String> columns) throws IOException;

    /** One CSV row, one cell per column. */
    void row(List<String> cells) throws IOException;

    /** Closes the list or CSV shape. */
    void end() throws IOException;

    /**
     * A slow server: sends what has been written so far, then waits. Sinks that do not send
     * anything (counting, replaying) ignore it, so a slow data set counts as fast as any other.
     */
    default void pace(long millis) throws IOException {
    }
}

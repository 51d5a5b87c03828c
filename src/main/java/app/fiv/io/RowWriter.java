package app.fiv.io;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/** Writes rows of text cells, one at a time, so an export of any size never builds up in memory. */
public interface RowWriter extends Closeable {
    /** One row; {@code cells} lines up with the columns the writer was opened with. */
    void write(List<String> cells) throws IOException;

    /**
     * The column list grew (or was renamed) after the writer was opened. CSV and TSV rows simply
     * get wider (the header is already out); JSON objects use the new names from then on.
     */
    default void columnsChanged(List<String> columns) {
    }

    /** Ends the document (closing a JSON array) and flushes; does not close the stream. */
    void finish() throws IOException;
}

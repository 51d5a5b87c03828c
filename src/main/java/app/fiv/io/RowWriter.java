package app.fiv.io;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/** Writes rows of text cells, one at a time, so an export of any size never builds up in memory. */
public interface RowWriter extends Closeable {
    /**
     * One row; {@code cells} lines up with the columns the writer was opened with (and those added
     * since). A null cell is blank in CSV and TSV and left out of a JSON object, as is a cell past
     * the columns named.
     */
    void write(List<String> cells) throws IOException;

    /**
     * The column names from {@code first} on, after the writer was opened: new columns at the end,
     * or names replacing those from {@code first} on (as {@code RowSink#columns} says). CSV and TSV
     * rows simply get wider (the header is already out); JSON objects use the new names from then on.
     */
    default void columnsChanged(int first, List<String> names) {
    }

    /** Ends the document (closing a JSON array) and flushes; does not close the stream. */
    void finish() throws IOException;
}

package app.fiv.model;

import java.util.List;

/**
 * Receives a failed-items response as it is parsed, so a caller can build a table from it or
 * write it out row by row without ever holding the whole job.
 *
 * <p>Calls come in this order: {@link #begin} once; then {@link #columns} and {@link #row} in any
 * mix, {@link #columns} always before the first row; then {@link #end} once, only if the whole
 * response was read. Column names only grow at the end or are renamed in place (the CSV shape's
 * header arriving after its rows); they never move, so cell {@code i} of every row, earlier or
 * later, belongs to column {@code i}. A sink is told only what changed, so an answer whose every
 * item brings a new key costs each sink one name per item, not the whole list again.
 *
 * <p>Methods declare no checked exception: the parser's own I/O errors must stay apart from a
 * sink's (a full disk is not a network failure), so a sink wraps its I/O errors in
 * {@link java.io.UncheckedIOException}.
 */
public interface RowSink {

    /** The shape the response turned out to have. */
    void begin(Shape shape);

    /**
     * Column names from column {@code first} on (a fresh list, unique and never blank): names for
     * new columns at the end, when {@code first} is the number of columns so far, or names that
     * replace those from {@code first} on (then the columns end after {@code names}). Called again
     * whenever names are added or change.
     */
    void columns(int first, List<String> names);

    /** One row; {@code cells} is no longer than the current column list, null where an item lacks a key. The sink owns the array. */
    void row(String[] cells);

    /** The response was complete. */
    void end();
}

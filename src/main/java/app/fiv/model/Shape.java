package app.fiv.model;

/** The two ways the FailedItems API lays out its answer. */
public enum Shape {
    /** {@code failedItems}: a list of objects, one key per column. */
    LIST,
    /** {@code failedItemsCSV}: a {@code columns} header and rows of cells. */
    CSV
}

package app.fiv.model;

/** Where {@link FailedItemsTable#withColumns} puts the columns it adds: before the data's own, or after them. */
public enum ColumnPlacement {
    /** Before the data's columns, in the order given: a comparison's {@code Change}, a multi-job table's {@code Job ID}. */
    FIRST,
    /** After the data's columns, in the order given. */
    LAST
}

package app.fiv.model;

/**
 * One column of a {@link FailedItemsTable}, read-only. Either a dictionary (each distinct value
 * stored once, a 16-bit code a row: reasons, types, statuses) or a UTF-8 arena (paths, GUIDs:
 * the bytes of every cell back to back in large chunks, a pointer a row). No object a row.
 */
sealed interface ColumnData permits DictColumn, ArenaColumn {

    /** The cell's text; blank for rows without a value. */
    String get(int row);
}

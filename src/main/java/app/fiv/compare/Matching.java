package app.fiv.compare;

import app.fiv.model.ColumnRoles;
import app.fiv.model.FailedItemsTable;
import java.util.List;
import java.util.OptionalInt;

/**
 * What makes two rows of two runs the same item: the same {@code GUID} when both tables have a
 * {@code GUID} column (the CSV shape of mailboxes and sites, whose paths can be renamed), else the
 * same path (the column a double-click copies: {@code entity}, or {@code Path} in the CSV shape),
 * else, for data with neither, the same cells in every column both have but the reason.
 */
public enum Matching {
    GUID,
    PATH,
    WHOLE_ROW;

    /** How the rows of these two tables are matched. */
    public static Matching between(FailedItemsTable current, FailedItemsTable earlier) {
        if (guidColumn(current.columns()).isPresent() && guidColumn(earlier.columns()).isPresent()) {
            return GUID;
        }
        if (ColumnRoles.pathColumn(current.columns()).isPresent() && ColumnRoles.pathColumn(earlier.columns()).isPresent()) {
            return PATH;
        }
        return WHOLE_ROW;
    }

    /** The column named {@code GUID} (any case), if there is one. */
    public static OptionalInt guidColumn(List<String> columns) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).strip().equalsIgnoreCase("guid")) {
                return OptionalInt.of(i);
            }
        }
        return OptionalInt.empty();
    }
}

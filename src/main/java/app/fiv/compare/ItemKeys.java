package app.fiv.compare;

import app.fiv.known.PathGlob;
import app.fiv.model.ColumnRoles;
import app.fiv.model.FailedItemsTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Each row's item key under a {@link Matching}: text equal for the same item in two runs.
 * A GUID ignores case (and braces' absence is not guessed at); a Windows-style path (a drive
 * letter or a backslash, as {@link PathGlob#isWindowsStyle} decides) ignores case, as Windows
 * compares paths; any other path is compared exactly. A row of a GUID table whose GUID is blank
 * is matched by its path, never with a GUID.
 */
public final class ItemKeys {
    // Keeps a blank GUID's path from ever equalling some other row's GUID.
    private static final char BY_PATH = '\u0000';
    private static final char BETWEEN_CELLS = '\u001f';

    private final FailedItemsTable table;
    private final Matching matching;
    private final int guidColumn;
    private final int pathColumn;
    private final int[] rowColumns;

    private ItemKeys(FailedItemsTable table, Matching matching, int guidColumn, int pathColumn, int[] rowColumns) {
        this.table = table;
        this.matching = matching;
        this.guidColumn = guidColumn;
        this.pathColumn = pathColumn;
        this.rowColumns = rowColumns;
    }

    /**
     * The keys of {@code table}'s rows; for {@link Matching#WHOLE_ROW}, over the columns both it
     * and {@code other} have (by name, in this table's order), the reason column left out.
     */
    public static ItemKeys of(FailedItemsTable table, FailedItemsTable other, Matching matching) {
        int guid = Matching.guidColumn(table.columns()).orElse(-1);
        int path = ColumnRoles.pathColumn(table.columns()).orElse(-1);
        int[] shared = new int[0];
        if (matching == Matching.WHOLE_ROW) {
            int reason = ColumnRoles.reasonColumn(table.columns()).orElse(-1);
            String otherReason = ColumnRoles.reasonColumn(other.columns()).stream()
                    .mapToObj(other.columns()::get).findFirst().orElse(null);
            List<Integer> columns = new ArrayList<>();
            for (int column = 0; column < table.columnCount(); column++) {
                String name = table.columns().get(column);
                if (column != reason && !name.equals(otherReason) && other.columns().contains(name)) {
                    columns.add(column);
                }
            }
            shared = columns.stream().mapToInt(Integer::intValue).toArray();
        }
        return new ItemKeys(table, matching, guid, path, shared);
    }

    public int rowCount() {
        return table.rowCount();
    }

    public String key(int row) {
        return switch (matching) {
            case GUID -> {
                String guid = table.cell(row, guidColumn).strip();
                yield guid.isEmpty() ? BY_PATH + path(row) : guid.toLowerCase(Locale.ROOT);
            }
            case PATH -> path(row);
            case WHOLE_ROW -> wholeRow(row);
        };
    }

    private String path(int row) {
        if (pathColumn < 0) {
            return "";
        }
        String path = table.cell(row, pathColumn);
        return PathGlob.isWindowsStyle(path) ? path.toLowerCase(Locale.ROOT) : path;
    }

    private String wholeRow(int row) {
        StringBuilder key = new StringBuilder();
        for (int column : rowColumns) {
            key.append(table.cell(row, column)).append(BETWEEN_CELLS);
        }
        return key.toString();
    }
}

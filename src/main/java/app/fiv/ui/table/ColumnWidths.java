package app.fiv.ui.table;

import app.fiv.model.ColumnRoles;
import app.fiv.model.FailedItemsTable;
import java.util.Arrays;

/**
 * A column's first width: wide enough for most of its content, judged from the first rows, so
 * long outliers do not push the other columns out of sight; paths get the most room.
 */
final class ColumnWidths {
    private static final int SAMPLE = 200;
    private static final double MIN_WIDTH = 80;
    private static final double MAX_WIDTH = 360;
    private static final double MAX_PATH_WIDTH = 900;
    private static final double CHARACTER_WIDTH = 6.6;

    private ColumnWidths() {
    }

    static double preferred(FailedItemsTable table, int column) {
        int sampled = Math.min(SAMPLE, table.rowCount());
        int[] lengths = new int[sampled];
        for (int row = 0; row < sampled; row++) {
            lengths[row] = table.cell(row, column).length();
        }
        Arrays.sort(lengths);
        int typical = sampled == 0 ? 0 : lengths[(int) Math.floor((sampled - 1) * 0.9)];
        int characters = Math.max(table.columns().get(column).length() + 2, typical);
        double max = ColumnRoles.looksLikePath(table.columns().get(column)) ? MAX_PATH_WIDTH : MAX_WIDTH;
        return Math.max(MIN_WIDTH, Math.min(max, characters * CHARACTER_WIDTH + 24));
    }
}

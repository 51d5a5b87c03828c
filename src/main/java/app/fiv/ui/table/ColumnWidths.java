package app.fiv.ui.table;

import app.fiv.model.ColumnRoles;
import app.fiv.model.FailedItemsTable;
import java.util.Arrays;
import java.util.Comparator;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * A column's first width: wide enough for the longest text among the first rows (and its name),
 * measured in the table's font, up to a cap so one long outlier does not push the other columns
 * out of sight; paths get the most room. Only the few longest cells of the sample are measured,
 * so sizing a new table costs the FX thread next to nothing.
 */
final class ColumnWidths {
    private static final int SAMPLE = 200;
    private static final int MEASURED = 4;
    private static final double MIN_WIDTH = 70;
    private static final double MAX_WIDTH = 520;
    private static final double MAX_PATH_WIDTH = 900;
    /** Cell padding and the header's sort arrow. */
    private static final double PADDING = 28;

    private ColumnWidths() {
    }

    /** An estimate from the character count, for columns past the first hundred of wide data: as good, and free. */
    private static final double CHARACTER_WIDTH = 7.2;

    /** @param measure measure the text in the font; else estimate it from the character count */
    static double preferred(FailedItemsTable table, int column, Font font, boolean measure) {
        int sampled = Math.min(SAMPLE, table.rowCount());
        String[] cells = new String[sampled + 1];
        for (int row = 0; row < sampled; row++) {
            cells[row] = table.cell(row, column);
        }
        cells[sampled] = table.columns().get(column);
        Arrays.sort(cells, Comparator.comparingInt(String::length).reversed());
        double max = ColumnRoles.looksLikePath(table.columns().get(column)) ? MAX_PATH_WIDTH : MAX_WIDTH;
        if (!measure) {
            return Math.max(MIN_WIDTH, Math.min(max, Math.ceil(cells[0].length() * CHARACTER_WIDTH + PADDING)));
        }
        Text text = new Text();
        text.setFont(font);
        double widest = 0;
        for (int i = 0; i < Math.min(MEASURED, cells.length); i++) {
            // A cell longer than the cap needs no measuring beyond the cap's worth of characters.
            text.setText(cells[i].length() > 400 ? cells[i].substring(0, 400) : cells[i]);
            widest = Math.max(widest, text.getLayoutBounds().getWidth());
            if (widest + PADDING >= max) {
                break;
            }
        }
        return Math.max(MIN_WIDTH, Math.min(max, Math.ceil(widest + PADDING)));
    }
}

package app.fiv.io;

import app.fiv.model.FailedItemsTable;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/** Writes chosen rows and columns of a table, in the given order: the one loop behind export and copy. */
public final class TableRows {
    private static final int CHECK_EVERY = 2048;

    /** Told now and then how many of the rows are written. */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (done, total) -> { };

        void written(int done, int total);
    }

    private TableRows() {
    }

    /**
     * Writes a header of the columns' names (where the format has one) and the rows, then ends the
     * document. Stops with a {@link CancellationException} when {@code cancelled} says so.
     */
    public static void write(FailedItemsTable table, int[] rows, int[] columns, OutputStream out, ExportOptions options,
                             BooleanSupplier cancelled, Progress progress) throws IOException {
        List<String> names = new ArrayList<>(columns.length);
        for (int column : columns) {
            names.add(table.columns().get(column));
        }
        try (RowWriter writer = RowWriters.open(out, names, options)) {
            List<String> cells = new ArrayList<>(columns.length);
            for (int i = 0; i < rows.length; i++) {
                if (i % CHECK_EVERY == 0) {
                    if (cancelled.getAsBoolean()) {
                        throw new CancellationException("writing the rows was cancelled");
                    }
                    progress.written(i, rows.length);
                }
                cells.clear();
                for (int column : columns) {
                    cells.add(table.cell(rows[i], column));
                }
                writer.write(cells);
            }
            writer.finish();
            progress.written(rows.length, rows.length);
        }
    }
}

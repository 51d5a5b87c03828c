package app.fiv.cli;

import app.fiv.io.ExportFormat;
import app.fiv.io.ExportOptions;
import app.fiv.io.FormulaGuard;
import app.fiv.io.RowWriter;
import app.fiv.io.RowWriters;
import app.fiv.model.RowSink;
import app.fiv.model.Shape;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Writes rows as they are parsed, keeping no table. The header waits for the first
 * {@value #LOOK_AHEAD} rows (or the end), so keys that first appear on an early item are named
 * in it; memory stays bounded by that many rows, whatever the size of the job.
 *
 * <p>A column that appears after the header was written is not dropped: later rows carry its
 * cells in the new last position, and {@link #lateColumns()} says so, for the file output to
 * rewrite its header (see {@link HeaderFix}) or stdout to warn.
 *
 * <p>CSV and TSV rows are padded to the width of the header written, no further: a row is as wide
 * as its last cell, and the rewrite pads the file once at the end. JSON rows are not padded at
 * all: each object has the keys its item had. (Padding every row to all the columns so far made an
 * answer whose every item brings a key write the square of its size.)
 */
final class ExportSink implements RowSink {
    static final int LOOK_AHEAD = 1_000;

    private final OutputStream out;
    private final ExportOptions options;
    private final int lookAhead;
    private final List<String[]> pending = new ArrayList<>();
    private final List<String> columns = new ArrayList<>();
    private List<String> header;
    private RowWriter writer;
    private long rows;
    private long firstLateRow;
    private long formulaLike;

    ExportSink(OutputStream out, ExportOptions options) {
        this(out, options, LOOK_AHEAD);
    }

    ExportSink(OutputStream out, ExportOptions options, int lookAhead) {
        this.out = out;
        this.options = options;
        this.lookAhead = lookAhead;
    }

    @Override
    public void begin(Shape shape) {
        // Both shapes export alike: columns and rows of text.
    }

    @Override
    public void columns(int first, List<String> names) {
        columns.subList(first, columns.size()).clear();
        columns.addAll(names);
        if (writer != null) {
            if (firstLateRow == 0) {
                firstLateRow = rows + 1;
            }
            writer.columnsChanged(first, names);
        }
    }

    @Override
    public void row(String[] cells) {
        if (writer == null) {
            pending.add(cells);
            if (pending.size() >= lookAhead) {
                open();
            }
            return;
        }
        write(cells);
    }

    @Override
    public void end() {
        if (writer == null) {
            open();
        }
        try {
            writer.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    long rowCount() {
        return rows;
    }

    List<String> columnsNow() {
        return List.copyOf(columns);
    }

    /** True when the column names changed after the header was written. */
    boolean lateColumns() {
        return firstLateRow > 0;
    }

    /** The columns the written header lacks or names differently. */
    List<String> columnsMissingFromHeader() {
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            if (header == null || i >= header.size() || !header.get(i).equals(columns.get(i))) {
                missing.add(columns.get(i));
            }
        }
        return missing;
    }

    /**
     * How many cells (and header names) of a CSV or TSV output written raw begin like a formula a
     * spreadsheet may run ({@link FormulaGuard#isRisky}); 0 for JSON or with formula protection on.
     */
    long formulaLikeCells() {
        return formulaLike;
    }

    /** The 1-based number of the first row written after the columns changed (0 if they never did). */
    long firstLateRow() {
        return firstLateRow;
    }

    private void open() {
        header = List.copyOf(columns);
        if (options.header()) {
            countFormulaLike(header);
        }
        try {
            writer = RowWriters.open(out, columns, options);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String[] cells : pending) {
            write(cells);
        }
        pending.clear();
    }

    private void countFormulaLike(List<String> cells) {
        if (options.format() != ExportFormat.JSON && !options.formulaSafe()) {
            for (String cell : cells) {
                if (FormulaGuard.isRisky(cell)) {
                    formulaLike++;
                }
            }
        }
    }

    private void write(String[] cells) {
        String[] row = cells;
        if (options.format() != ExportFormat.JSON) {
            // As wide as the header, so the rows a header names have no short lines; null is blank.
            row = Arrays.copyOf(cells, Math.max(cells.length, header.size()));
            for (int i = 0; i < row.length; i++) {
                if (row[i] == null) {
                    row[i] = "";
                }
            }
        }
        rows++;
        List<String> cellList = Arrays.asList(row);
        countFormulaLike(cellList);
        try {
            writer.write(cellList);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

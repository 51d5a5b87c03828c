package app.fiv.bench;

import app.fiv.io.ExportFormat;
import app.fiv.io.ExportOptions;
import app.fiv.io.RowWriter;
import app.fiv.io.RowWriters;
import app.fiv.model.RowSink;
import app.fiv.model.Shape;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Rows straight from the parser to CSV, as the command line does, but in the warm benchmark JVM. */
final class CsvStreamSink implements RowSink {
    private final OutputStream out;
    private final List<String> columns = new ArrayList<>();
    private RowWriter writer;
    private final List<String> cells = new ArrayList<>();

    CsvStreamSink(OutputStream out) {
        this.out = out;
    }

    @Override
    public void begin(Shape shape) {
    }

    @Override
    public void columns(int first, List<String> names) {
        columns.subList(first, columns.size()).clear();
        columns.addAll(names);
    }

    @Override
    public void row(String[] row) {
        try {
            if (writer == null) {
                writer = RowWriters.open(out, columns, new ExportOptions(ExportFormat.CSV, true, false, false));
            }
            cells.clear();
            for (String cell : row) {
                cells.add(cell == null ? "" : cell);
            }
            writer.write(cells);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void end() {
        try {
            if (writer != null) {
                writer.finish();
                writer.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

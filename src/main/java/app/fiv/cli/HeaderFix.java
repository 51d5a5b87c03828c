package app.fiv.cli;

import app.fiv.io.AtomicFile;
import app.fiv.io.ExportFormat;
import app.fiv.io.ExportOptions;
import app.fiv.io.RowWriter;
import app.fiv.io.RowWriters;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The second pass of a CSV or TSV file whose columns grew after its header was written: the file
 * is read back record by record (never whole) and written again with the final header, earlier
 * rows padded with empty cells. JSON needs no pass: each object names its own keys.
 */
final class HeaderFix implements AtomicFile.Revision {
    private static final CsvMapper CSV = CsvMapper.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY).build();

    private final Supplier<ExportSink> sink;
    private final ExportOptions options;

    /** @param sink the sink that wrote the file; asked only once the content is complete */
    HeaderFix(Supplier<ExportSink> sink, ExportOptions options) {
        this.sink = sink;
        this.options = options;
    }

    @Override
    public boolean needed() {
        return sink.get().lateColumns() && options.format() != ExportFormat.JSON;
    }

    @Override
    public void rewrite(InputStream written, OutputStream out) throws IOException {
        List<String> columns = sink.get().columnsNow();
        char separator = options.format() == ExportFormat.TSV ? '\t' : ',';
        CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(separator).withoutEscapeChar();
        try (MappingIterator<List<String>> records = CSV.readerForListOf(String.class).with(schema).readValues(written)) {
            RowWriter writer = RowWriters.open(out, columns, options);
            if (options.header() && records.hasNext()) {
                records.next(); // the old header; the writer has written the complete one
            }
            while (records.hasNext()) {
                List<String> cells = new ArrayList<>(records.next());
                while (cells.size() < columns.size()) {
                    cells.add("");
                }
                writer.write(cells);
            }
            writer.finish();
        }
    }
}

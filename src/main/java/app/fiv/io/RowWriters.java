package app.fiv.io;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/** Opens a {@link RowWriter} for a format, writing UTF-8 to a stream the caller owns. */
public final class RowWriters {
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final CsvMapper CSV = CsvMapper.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();
    private static final JsonFactory JSON = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    private RowWriters() {
    }

    public static RowWriter open(OutputStream out, List<String> columns, ExportOptions options) throws IOException {
        if (options.byteOrderMark()) {
            out.write(UTF8_BOM);
        }
        return switch (options.format()) {
            case CSV -> delimited(out, columns, options, ',');
            case TSV -> delimited(out, columns, options, '\t');
            case JSON -> json(out, columns);
        };
    }

    /**
     * Rows straight through Jackson's CSV generator (its quoting rules, no data binding a row):
     * writing a million rows this way takes a fraction of what a {@code SequenceWriter} of lists took.
     */
    private static RowWriter delimited(OutputStream out, List<String> columns, ExportOptions options, char separator)
            throws IOException {
        CsvSchema schema = CsvSchema.emptySchema()
                .withColumnSeparator(separator)
                .withLineSeparator("\r\n")
                .withoutEscapeChar();
        CsvGenerator csv = (CsvGenerator) CSV.getFactory().createGenerator(out, JsonEncoding.UTF8);
        csv.setSchema(schema);
        csv.enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING);
        boolean guard = options.formulaSafe();
        RowWriter writer = new RowWriter() {
            @Override
            public void write(List<String> cells) throws IOException {
                csv.writeStartArray();
                for (String cell : cells) {
                    String text = cell == null ? "" : cell;
                    csv.writeString(guard ? FormulaGuard.protect(text) : text);
                }
                csv.writeEndArray();
            }

            @Override
            public void finish() throws IOException {
                csv.flush();
            }

            @Override
            public void close() throws IOException {
                csv.close();
            }
        };
        if (options.header()) {
            writer.write(columns);
        }
        return writer;
    }

    /** One object a row, with a key for each cell the row has: a row never pays for columns it lacks. */
    private static RowWriter json(OutputStream out, List<String> columns) throws IOException {
        JsonGenerator json = JSON.createGenerator(out, JsonEncoding.UTF8);
        json.writeStartArray();
        return new RowWriter() {
            private final List<String> names = new ArrayList<>(columns);

            @Override
            public void columnsChanged(int first, List<String> changed) {
                names.subList(first, names.size()).clear();
                names.addAll(changed);
            }

            @Override
            public void write(List<String> cells) throws IOException {
                json.writeStartObject();
                for (int i = 0; i < cells.size() && i < names.size(); i++) {
                    if (cells.get(i) != null) {
                        json.writeStringField(names.get(i), cells.get(i));
                    }
                }
                json.writeEndObject();
            }

            @Override
            public void finish() throws IOException {
                json.writeEndArray();
                json.writeRaw('\n');
                json.flush();
            }

            @Override
            public void close() throws IOException {
                json.close();
            }
        };
    }
}

package app.fiv.io;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.SequenceWriter;
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

    private static RowWriter delimited(OutputStream out, List<String> columns, ExportOptions options, char separator)
            throws IOException {
        CsvSchema schema = CsvSchema.emptySchema()
                .withColumnSeparator(separator)
                .withLineSeparator("\r\n")
                .withoutEscapeChar();
        SequenceWriter rows = CSV.writerFor(List.class).with(schema)
                .with(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
                .writeValues(out);
        boolean guard = options.formulaSafe();
        if (options.header()) {
            rows.write(guard ? protectAll(columns) : columns);
        }
        return new RowWriter() {
            @Override
            public void write(List<String> cells) throws IOException {
                rows.write(guard ? protectAll(cells) : cells);
            }

            @Override
            public void finish() throws IOException {
                rows.flush();
            }

            @Override
            public void close() throws IOException {
                rows.close();
            }
        };
    }

    private static RowWriter json(OutputStream out, List<String> columns) throws IOException {
        JsonGenerator json = JSON.createGenerator(out, JsonEncoding.UTF8);
        json.writeStartArray();
        return new RowWriter() {
            private List<String> names = List.copyOf(columns);

            @Override
            public void columnsChanged(List<String> columns) {
                names = List.copyOf(columns);
            }

            @Override
            public void write(List<String> cells) throws IOException {
                json.writeStartObject();
                for (int i = 0; i < names.size(); i++) {
                    json.writeStringField(names.get(i), i < cells.size() && cells.get(i) != null ? cells.get(i) : "");
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

    private static List<String> protectAll(List<String> cells) {
        List<String> safe = new ArrayList<>(cells.size());
        for (String cell : cells) {
            safe.add(FormulaGuard.protect(cell));
        }
        return safe;
    }
}

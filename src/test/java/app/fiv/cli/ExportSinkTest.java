package app.fiv.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.fiv.io.AtomicFile;
import app.fiv.io.ExportFormat;
import app.fiv.io.ExportOptions;
import app.fiv.model.FailedItemsJsonReader;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rows written as they come, and a column that first appears after the header was written. */
class ExportSinkTest {
    /** The third item brings a key the header (written after two rows) does not have. */
    private static final String LATE_KEY = """
            {"failedItems": [
              {"failureReason": "=HYPERLINK(\\"x\\")", "entity": "/a"},
              {"failureReason": "Access is denied.", "entity": "/b, with comma"},
              {"failureReason": "Locked", "entity": "/c", "sizeBytes": 42},
              {"failureReason": "Gone", "entity": "/d\\nsecond line"}
            ]}""";

    @TempDir
    Path dir;

    private static void read(String json, ExportSink sink) throws Exception {
        FailedItemsJsonReader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), sink);
    }

    @Test
    void aFileGetsTheCompleteHeaderAndEveryRowPadded() throws Exception {
        Path file = dir.resolve("late.csv");
        ExportOptions options = new ExportOptions(ExportFormat.CSV, true, true, false);
        ExportSink[] sink = new ExportSink[1];

        AtomicFile.write(file, out -> {
            sink[0] = new ExportSink(out, options, 2);
            try {
                read(LATE_KEY, sink[0]);
            } catch (Exception e) {
                throw new java.io.IOException(e);
            }
        }, new HeaderFix(() -> sink[0], options));

        assertThat(sink[0].lateColumns()).isTrue();
        assertThat(Files.readString(file)).isEqualTo("failureReason,entity,sizeBytes\r\n"
                + "\"'=HYPERLINK(\"\"x\"\")\",/a,\r\n"
                + "Access is denied.,\"/b, with comma\",\r\n"
                + "Locked,/c,42\r\n"
                + "Gone,\"/d\nsecond line\",\r\n");
    }

    @Test
    void stdoutKeepsTheCellsAndSaysWhichColumnCameLate() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExportSink sink = new ExportSink(out, new ExportOptions(ExportFormat.TSV, true, false, false), 2);

        read(LATE_KEY, sink);

        assertThat(sink.columnsMissingFromHeader()).containsExactly("sizeBytes");
        assertThat(sink.firstLateRow()).isEqualTo(3);
        assertThat(out.toString(StandardCharsets.UTF_8).split("\r\n")[3]).isEqualTo("Locked\t/c\t42");
    }

    @Test
    void jsonObjectsNameTheLateKeyFromTheRowThatBroughtIt() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        read(LATE_KEY, new ExportSink(out, new ExportOptions(ExportFormat.JSON, true, false, false), 1));

        JsonNode rows = new ObjectMapper().readTree(out.toByteArray());
        assertThat(rows).hasSize(4);
        assertThat(rows.get(2).path("sizeBytes").asText()).isEqualTo("42");
        assertThat(rows.get(0).path("failureReason").asText()).isEqualTo("=HYPERLINK(\"x\")");
    }

    @Test
    void withinTheLookAheadNoFixIsNeeded() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExportSink sink = new ExportSink(out, new ExportOptions(ExportFormat.CSV, true, false, false));

        read(LATE_KEY, sink);

        assertThat(sink.lateColumns()).isFalse();
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("failureReason,entity,sizeBytes\r\n\"=HYPERLINK");
        assertThat(sink.rowCount()).isEqualTo(4);
    }
}

package app.fiv.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class RowWritersTest {
    private static final List<String> COLUMNS = List.of("failureReason", "entity");
    private static final List<List<String>> ROWS = List.of(
            List.of("Access is denied.", "C:\\Users\\Administrator\\Desktop\\a, b.txt"),
            List.of("He said \"no\"", "line one\nline two\r\nline three"),
            List.of("Unicode: 日本語 עברית 🚀 é", "\\\\nas02\\finance\\ \t tabbed "),
            List.of("", "trailing space "));

    private static byte[] write(ExportOptions options, List<List<String>> rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (RowWriter writer = RowWriters.open(out, COLUMNS, options)) {
            for (List<String> row : rows) {
                writer.write(row);
            }
            writer.finish();
        }
        return out.toByteArray();
    }

    private static List<List<String>> readDelimited(byte[] bytes, char separator) throws IOException {
        CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(separator).withoutEscapeChar();
        try (MappingIterator<List<String>> rows = mapper.readerForListOf(String.class).with(schema).readValues(bytes)) {
            return rows.readAll();
        }
    }

    @Test
    void csvRoundTripsEveryKindOfCell() throws IOException {
        byte[] csv = write(new ExportOptions(ExportFormat.CSV, true, false, false), ROWS);

        List<List<String>> read = readDelimited(csv, ',');
        assertThat(read.get(0)).isEqualTo(COLUMNS);
        assertThat(read.subList(1, read.size())).isEqualTo(ROWS);
    }

    @Test
    void csvFollowsRfc4180() throws IOException {
        String csv = new String(write(new ExportOptions(ExportFormat.CSV, true, false, false), ROWS.subList(0, 2)), StandardCharsets.UTF_8);

        assertThat(csv).startsWith("failureReason,entity\r\n");
        assertThat(csv).contains("\"C:\\Users\\Administrator\\Desktop\\a, b.txt\"\r\n");
        assertThat(csv).contains("\"He said \"\"no\"\"\"");
    }

    @Test
    void tsvRoundTripsToo() throws IOException {
        byte[] tsv = write(new ExportOptions(ExportFormat.TSV, true, false, false), ROWS);

        assertThat(new String(tsv, StandardCharsets.UTF_8)).startsWith("failureReason\tentity\r\n");
        assertThat(readDelimited(tsv, '\t').subList(1, ROWS.size() + 1)).isEqualTo(ROWS);
    }

    @Test
    void jsonIsAnArrayOfObjectsKeyedByColumn() throws IOException {
        JsonNode json = new ObjectMapper().readTree(write(new ExportOptions(ExportFormat.JSON, true, false, false), ROWS));

        assertThat(json.size()).isEqualTo(ROWS.size());
        assertThat(json.get(1).path("entity").asText()).isEqualTo("line one\nline two\r\nline three");
        assertThat(json.get(2).path("failureReason").asText()).isEqualTo("Unicode: 日本語 עברית 🚀 é");
    }

    @Test
    void formulaSafeCellsAreShownAsTextBySpreadsheets() throws IOException {
        ExportOptions safe = new ExportOptions(ExportFormat.CSV, false, true, false);
        List<List<String>> risky = List.of(List.of("=HYPERLINK(\"http://x\")", "+1"), List.of("-2", "@SUM(A1)"),
                List.of("\tcmd", "\rcmd"), List.of("plain", "C:\\safe"));

        List<List<String>> read = readDelimited(write(safe, risky), ',');

        assertThat(read).containsExactly(
                List.of("'=HYPERLINK(\"http://x\")", "'+1"), List.of("'-2", "'@SUM(A1)"),
                List.of("'\tcmd", "'\rcmd"), List.of("plain", "C:\\safe"));
    }

    /** Issue 13: what spreadsheets skip before the sign, and the full-width signs of East Asian input. */
    @Test
    void formulaSignsAfterBlanksAndControlsAndFullWidthSignsAreProtectedToo() throws IOException {
        ExportOptions safe = new ExportOptions(ExportFormat.CSV, false, true, false);
        List<String> risky = List.of(" =1+2", "\u00A0=cmd|' /C calc'!A0", "\u3000+SUM(A1)", "\n-2+3", "\u0000@SUM(1)",
                "  \t=1", "\u2003=1", "\uFF1D1+2", "\uFF0B1", "\uFF0D1", "\uFF20SUM(1)", "\u001F=1");
        List<String> harmless = List.of(" plain", "\u00A0C:\\x", "\n", " ", "a=1", "1-2", "\u3000東京", "\uFF21");

        List<List<String>> read = readDelimited(write(safe, List.of(risky, harmless)), ',');

        assertThat(read.get(0)).allMatch(cell -> cell.startsWith("'"))
                .isEqualTo(risky.stream().map(cell -> "'" + cell).toList());
        assertThat(read.get(1)).isEqualTo(harmless);
        assertThat(risky).allMatch(FormulaGuard::isRisky);
        assertThat(harmless).noneMatch(FormulaGuard::isRisky);
    }

    @Test
    void rawCellsAreWrittenAsTheyAre() throws IOException {
        List<List<String>> read = readDelimited(write(new ExportOptions(ExportFormat.CSV, true, false, false), List.of(List.of("=1+1", "-x"))), ',');

        assertThat(read.get(1)).containsExactly("=1+1", "-x");
    }

    @Test
    void byteOrderMarkOnlyWhenAsked() throws IOException {
        byte[] withBom = write(new ExportOptions(ExportFormat.CSV, true, false, true), List.of());
        byte[] without = write(new ExportOptions(ExportFormat.CSV, true, false, false), List.of());

        assertThat(withBom).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        assertThat(without[0]).isEqualTo((byte) 'f');
    }

    @Test
    void noHeaderWhenAsked() throws IOException {
        String csv = new String(write(new ExportOptions(ExportFormat.CSV, false, false, false), ROWS.subList(0, 1)),
                StandardCharsets.UTF_8);

        assertThat(csv).startsWith("Access is denied.,");
    }
}

package app.fiv.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Issue 13: answers whose items keep bringing new keys, or whose header repeats a name, are read in
 * proportion to their size (figures in {@code bench/WideAnswerBenchmark}, not here), and an
 * answer of more than 1,000 columns is refused with a message that says so.
 */
class WideAnswersTest {

    private static FailedItemsTable read(String json) throws Exception {
        return Tables.json(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    /** {@code items} items, each with a key of its own only. */
    private static String ownKeys(int items) {
        StringBuilder json = new StringBuilder("{\"failedItems\":[");
        for (int i = 1; i <= items; i++) {
            json.append(i == 1 ? "" : ",").append(String.format(Locale.ROOT, "{\"k%04d\":\"%d\"}", i, i));
        }
        return json.append("]}").toString();
    }

    private static String csvHeader(List<String> names) {
        StringBuilder json = new StringBuilder("{\"failedItemsCSV\":{\"columns\":[");
        for (int i = 0; i < names.size(); i++) {
            json.append(i == 0 ? "" : ",").append('"').append(names.get(i)).append('"');
        }
        return json.append("],\"rows\":[{\"row\":[\"a\"]}]}}").toString();
    }

    @Test
    void aThousandItemsWithAKeyEachAreAThousandColumnsWithOneCellEach() throws Exception {
        FailedItemsTable table = read(ownKeys(1_000));

        assertThat(table.columnCount()).isEqualTo(1_000);
        assertThat(table.rowCount()).isEqualTo(1_000);
        assertThat(table.columns()).startsWith("k0001", "k0002").endsWith("k1000");
        for (int row = 0; row < 1_000; row += 111) {
            for (int column = 0; column < 1_000; column += 37) {
                assertThat(table.cell(row, column)).isEqualTo(row == column ? String.valueOf(row + 1) : "");
            }
            assertThat(table.cell(row, row)).isEqualTo(String.valueOf(row + 1));
        }
    }

    @Test
    void theColumnAfterTheThousandthIsRefusedWithItsNumberAndItem() {
        assertThatThrownBy(() -> read(ownKeys(1_001)))
                .isInstanceOf(ResponseFormatException.class)
                .hasMessage("The answer has more than 1,000 columns: item 1,001 brings column 1,001 (\"k1001\"),"
                        + " and the app shows at most 1,000. Failed items have a handful of keys; this answer is"
                        + " broken, or not from a CommServe you can trust.");
    }

    @Test
    void aCsvHeaderOrRowWiderThanAThousandIsRefusedWithItsWidth() throws Exception {
        List<String> thousand = Collections.nCopies(1_000, "Path");
        List<String> more = Collections.nCopies(4_321, "Path");
        String longRow = "{\"failedItemsCSV\":{\"columns\":[\"A\"],\"rows\":[{\"row\":[\"a\"]},{\"row\":["
                + String.join(",", Collections.nCopies(1_001, "\"x\"")) + "]}]}}";

        assertThat(read(csvHeader(thousand)).columnCount()).isEqualTo(1_000);
        assertThatThrownBy(() -> read(csvHeader(more))).isInstanceOf(ResponseFormatException.class)
                .hasMessageStartingWith("The answer has 4,321 columns in its CSV header, and the app shows at most 1,000.");
        assertThatThrownBy(() -> read(longRow)).isInstanceOf(ResponseFormatException.class)
                .hasMessageStartingWith("The answer has 1,001 cells in row 2, and the app shows at most 1,000.");
    }

    @Test
    void aHeaderOfOneNameRepeatedIsNumberedInOrderSkippingNamesTaken() throws Exception {
        List<String> header = new ArrayList<>(Collections.nCopies(1_000, "Path"));
        header.set(1, "Path (3)");
        header.set(2, " ");

        List<String> columns = read(csvHeader(header)).columns();

        assertThat(columns.subList(0, 6)).containsExactly("Path", "Path (3)", "Column 3", "Path (2)", "Path (4)", "Path (5)");
        assertThat(columns.get(999)).isEqualTo("Path (999)"); // 997 more: 2, then 4 to 999
        assertThat(new java.util.HashSet<>(columns)).hasSize(1_000);
    }

    @Test
    void aSnapshotTakenBeforeAColumnAppearsKeepsItsRowsAndLaterOnesAreBlankUntilWritten() {
        TableBuilder builder = new TableBuilder(Shape.LIST);
        builder.columns(0, List.of("a"));
        builder.addRow(new String[] {"1"});
        builder.addRow(new String[] {"2"});
        FailedItemsTable early = builder.snapshot();
        builder.columns(1, List.of("b", "c"));
        builder.addRow(new String[] {null, null, "z"});
        builder.addRow(new String[] {"4", "y"});

        FailedItemsTable done = builder.build();

        assertThat(early.rowCount()).isEqualTo(2);
        assertThat(early.cell(1, 0)).isEqualTo("2");
        assertThat(done.columns()).containsExactly("a", "b", "c");
        assertThat(List.of(done.cell(0, 1), done.cell(0, 2), done.cell(1, 2), done.cell(2, 0), done.cell(2, 2)))
                .containsExactly("", "", "", "", "z");
        assertThat(List.of(done.cell(3, 0), done.cell(3, 1), done.cell(3, 2))).containsExactly("4", "y", "");
    }
}

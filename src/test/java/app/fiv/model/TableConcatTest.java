package app.fiv.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TableConcatTest {

    private static FailedItemsTable table(List<String> columns, int rows, String prefix) {
        TableBuilder builder = new TableBuilder();
        builder.columns(0, columns);
        for (int row = 0; row < rows; row++) {
            String[] cells = new String[columns.size()];
            for (int c = 0; c < cells.length; c++) {
                // The first column unique (an arena once past the probation), the others repeating (dictionaries).
                cells[c] = c == 0 ? prefix + "\\dir\\file-" + row + (row % 7 == 0 ? "-é" : "") : "reason " + (row % 3);
            }
            builder.addRow(cells);
        }
        return builder.build();
    }

    @Test
    void rowsFollowEachOtherUnderTheUnionOfColumnsWithNoCellChanged() {
        FailedItemsTable big = table(List.of("entity", "failureReason"), 10_000, "C:");
        FailedItemsTable small = table(List.of("entity", "size", "failureReason"), 20, "D:");
        assertThat(big.codes(0)).isEmpty(); // an arena column
        assertThat(small.codes(0)).isPresent(); // a dictionary one: joining mixes both

        FailedItemsTable joined = TableConcat.of(List.of(big, small, big));

        assertThat(joined.columns()).containsExactly("entity", "failureReason", "size");
        assertThat(joined.rowCount()).isEqualTo(20_020);
        List<FailedItemsTable> parts = List.of(big, small, big);
        int at = 0;
        for (FailedItemsTable part : parts) {
            for (int row = 0; row < part.rowCount(); row++) {
                for (String column : joined.columns()) {
                    int own = part.columnIndex(column);
                    assertThat(joined.cell(at + row, joined.columnIndex(column)))
                            .isEqualTo(own < 0 ? "" : part.cell(row, own));
                }
            }
            at += part.rowCount();
        }
        assertThat(joined.codes(1)).isPresent(); // dictionaries stay dictionaries
    }

    @Test
    void searchesAndSortsWorkOnTheJoinedColumns() {
        FailedItemsTable joined = TableConcat.of(List.of(table(List.of("entity", "failureReason"), 5_000, "C:"),
                table(List.of("entity", "failureReason"), 10, "É:")));

        int[] all = java.util.stream.IntStream.range(0, joined.rowCount()).toArray();
        // The small job's paths were a dictionary: in the joined arena, searched as its own cells are.
        assertThat(new RowFilter("é:\\dir\\file-7-É", new int[] {0}, -1, "").apply(joined, all, () -> false))
                .containsExactly(5_007);
        assertThat(new RowFilter("file-4998", new int[] {0}, -1, "").apply(joined, all, () -> false))
                .containsExactly(4_998);
    }

    @Test
    void shapesThatDifferGiveTheListShape() {
        FailedItemsTable csv = Tables.csv(List.of("Path", "Reason"), List.of(List.of("a", "b")));
        FailedItemsTable list = table(List.of("entity", "failureReason"), 1, "C:");

        assertThat(TableConcat.of(List.of(csv, csv)).shape()).isEqualTo(Shape.CSV);
        assertThat(TableConcat.of(List.of(csv, list)).shape()).isEqualTo(Shape.LIST);
        assertThat(TableConcat.of(List.of()).rowCount()).isZero();
    }
}

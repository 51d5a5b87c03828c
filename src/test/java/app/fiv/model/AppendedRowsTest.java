package app.fiv.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rows of another table appended in the stores both tables have, whichever kind each column is. */
class AppendedRowsTest {

    private static FailedItemsTable table(List<String> columns, int rows, java.util.function.BiFunction<Integer, Integer, String> cell) {
        TableBuilder builder = new TableBuilder(Shape.LIST);
        columns.forEach(builder::columnFor);
        for (int row = 0; row < rows; row++) {
            String[] cells = new String[columns.size()];
            for (int column = 0; column < cells.length; column++) {
                cells[column] = cell.apply(row, column);
            }
            builder.addRow(cells);
        }
        return builder.build();
    }

    @Test
    void dictionariesAndArenasMixInEveryWayAndKeepEveryCell() {
        // Column 0 few values (a dictionary), column 1 unique (an arena past the probation), in both tables;
        // the second table's columns are crossed over: its arena feeds the first's dictionary and back.
        FailedItemsTable first = table(List.of("reason", "path"), 6_000, (row, column) -> column == 0
                ? "reason " + row % 3 : "/first/" + row);
        FailedItemsTable second = table(List.of("path", "reason", "owner"), 6_000, (row, column) -> switch (column) {
            case 0 -> "E:\\Second\\Été " + row;
            case 1 -> row % 2 == 0 ? "reason 9" : "";
            default -> "owner " + row % 4;
        });
        assertThat(first.codes(0)).isPresent();
        assertThat(first.codes(1)).isEmpty();
        assertThat(second.codes(0)).isEmpty();
        int[] rows = {5_999, 0, 42, 42};

        FailedItemsTable joined = AppendedRows.of(first, second, rows, new int[] {0, 1}, new int[] {2});
        FailedItemsTable crossed = AppendedRows.of(first, second, rows, new int[] {2, 0}, new int[] {1});

        assertThat(joined.columns()).containsExactly("reason", "path", "owner");
        assertThat(joined.rowCount()).isEqualTo(6_004);
        assertThat(joined.shape()).isEqualTo(Shape.LIST);
        for (int row = 0; row < 6_000; row += 997) {
            assertThat(List.of(joined.cell(row, 0), joined.cell(row, 1), joined.cell(row, 2)))
                    .containsExactly("reason " + row % 3, "/first/" + row, "");
        }
        assertThat(cells(joined, 6_000)).containsExactly("E:\\Second\\Été 5999", "", "owner 3");
        assertThat(cells(joined, 6_001)).containsExactly("E:\\Second\\Été 0", "reason 9", "owner 0");
        assertThat(cells(joined, 6_003)).containsExactly("E:\\Second\\Été 42", "reason 9", "owner 2");
        assertThat(cells(crossed, 6_001)).containsExactly("owner 0", "E:\\Second\\Été 0", "reason 9");
        assertThat(crossed.cell(17, 1)).isEqualTo("/first/17");
        assertThat(ReasonCounts.count(crossed, 0, () -> false)).extracting(ReasonCount::reason)
                .containsExactlyInAnyOrder("reason 0", "reason 1", "reason 2", "owner 0", "owner 2", "owner 3");
    }

    @Test
    void dictionariesTooManyForSixteenBitCodesTogetherBecomeAnArena() {
        int rows = 40_000;
        FailedItemsTable base = table(List.of("path"), rows, (row, column) -> "/p/" + row);
        int[] codes = new int[rows];
        List<String> mine = new ArrayList<>();
        List<String> theirs = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            codes[i] = i;
            mine.add("a" + i);
            theirs.add("b" + i);
        }
        FailedItemsTable first = base.withColumns(ColumnPlacement.LAST, ExtraColumn.ofCodes("value", mine, codes));
        FailedItemsTable second = base.withColumns(ColumnPlacement.LAST, ExtraColumn.ofCodes("value", theirs, codes));
        int[] all = RowOrder.natural(rows);

        FailedItemsTable joined = AppendedRows.of(first, second, all, new int[] {0, 1}, new int[0]);

        assertThat(joined.codes(1)).as("80,000 values need more than 16 bits").isEmpty();
        assertThat(joined.cell(39_999, 1)).isEqualTo("a39999");
        assertThat(joined.cell(40_000, 1)).isEqualTo("b0");
        assertThat(joined.cell(79_999, 1)).isEqualTo("b39999");
    }

    @Test
    void blankColumnsStayBlankAndBadArgumentsAreRefused() {
        FailedItemsTable first = table(List.of("a", "b"), 2, (row, column) -> column == 0 ? "x" : null);
        FailedItemsTable second = table(List.of("a"), 1, (row, column) -> "y");

        FailedItemsTable joined = AppendedRows.of(first, second, new int[] {0}, new int[] {-1, 0}, new int[] {0});

        assertThat(joined.columns()).containsExactly("a", "b", "a (2)");
        assertThat(cells(joined, 0)).containsExactly("x", "", "");
        assertThat(cells(joined, 2)).containsExactly("", "y", "y");
        assertThatThrownBy(() -> AppendedRows.of(first, second, new int[] {1}, new int[] {0, 0}, new int[0]))
                .isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> AppendedRows.of(first, second, new int[] {0}, new int[] {0}, new int[0]))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static List<String> cells(FailedItemsTable table, int row) {
        List<String> cells = new ArrayList<>();
        for (int column = 0; column < table.columnCount(); column++) {
            cells.add(table.cell(row, column));
        }
        return cells;
    }
}

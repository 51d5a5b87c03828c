package app.fiv.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link FailedItemsTable#withColumns}: placement, names, the shared store and its limits. */
class AddedColumnsTest {
    private static final FailedItemsTable TABLE = Tables.csv(List.of("Path", "Reason", "Known"), List.of(
            List.of("C:\\a.pst", "In use"),
            List.of("C:\\b.txt", "Denied", "x"),
            List.of("C:\\c.pst", "In use")));

    @Test
    void columnsGoFirstOrLastAndTheDataKeepsItsCells() {
        ExtraColumn change = ExtraColumn.ofCodes("Change", List.of("new", "fixed"), new int[] {0, 1, 0});
        FailedItemsTable first = TABLE.withColumns(ColumnPlacement.FIRST, change, ExtraColumn.constant("Job ID", 3, "45979"));
        assertThat(first.columns()).containsExactly("Change", "Job ID", "Path", "Reason", "Known");
        assertThat(first.cell(1, 0)).isEqualTo("fixed");
        assertThat(first.cell(2, 1)).isEqualTo("45979");
        assertThat(first.cell(1, 2)).isEqualTo("C:\\b.txt");
        assertThat(first.cell(1, 4)).isEqualTo("x");
        assertThat(first.shape()).isEqualTo(Shape.CSV);

        FailedItemsTable last = TABLE.withColumns(ColumnPlacement.LAST, List.of(change));
        assertThat(last.columns()).containsExactly("Path", "Reason", "Known", "Change");
        assertThat(last.cell(0, 3)).isEqualTo("new");
        assertThat(TABLE.columnCount()).as("the original is unchanged").isEqualTo(3);
    }

    @Test
    void aNameTheDataHasGetsASuffixAndBlankNamesAreRefused() {
        FailedItemsTable derived = TABLE.withColumns(ColumnPlacement.FIRST,
                ExtraColumn.constant("Known", 3, "note"), ExtraColumn.constant("Known", 3, "other"));
        assertThat(derived.columns()).containsExactly("Known (2)", "Known (3)", "Path", "Reason", "Known");
        assertThatThrownBy(() -> ExtraColumn.constant(" ", 3, "x")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aColumnMustHaveACellForEveryRowAndCodesMustNameAValue() {
        assertThatThrownBy(() -> TABLE.withColumns(ColumnPlacement.LAST, ExtraColumn.constant("Known", 2, "")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2 rows, the table 3");
        assertThatThrownBy(() -> ExtraColumn.ofCodes("Known", List.of("a"), new int[] {0, 1}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("row 1 has code 1");
    }

    @Test
    void repeatedValuesAreOneValueSoFilterAndCountSeeThemAsOne() {
        ExtraColumn known = ExtraColumn.ofCodes("Known", List.of("", "PST", "PST"), new int[] {1, 0, 2});
        FailedItemsTable derived = TABLE.withColumns(ColumnPlacement.FIRST, known);
        assertThat(ReasonCounts.count(derived, 0, () -> false))
                .containsExactly(new ReasonCount("PST", 2), new ReasonCount("", 1));
        assertThat(new RowFilter("", new int[0], 0, "PST").apply(derived, RowOrder.natural(3), () -> false))
                .containsExactly(0, 2);
        assertThat(RowFilter.keepBlank(derived, 0, RowOrder.natural(3), () -> false)).containsExactly(1);
        ColumnCodes codes = derived.codes(0).orElseThrow();
        assertThat(codes.valueCount()).isEqualTo(2);
        assertThat(codes.value(codes.code(0))).isEqualTo("PST");
        assertThat(codes.value(codes.code(1))).isEmpty();
    }

    @Test
    void codesAreOfferedForDictionaryColumnsOnly() {
        TableBuilder builder = new TableBuilder(Shape.LIST);
        builder.columnFor("entity");
        builder.columnFor("failureReason");
        builder.columnFor("empty");
        for (int i = 0; i < 5_000; i++) {
            builder.addRow(new String[] {"E:\\file" + i, i % 2 == 0 ? "Denied" : "In use"});
        }
        FailedItemsTable table = builder.build();
        assertThat(table.codes(0)).as("unique paths live in the arena").isEmpty();
        assertThat(table.codes(1).orElseThrow().valueCount()).isEqualTo(3); // blank, Denied, In use
        assertThat(table.codes(2).orElseThrow().value(table.codes(2).orElseThrow().code(4_999))).isEmpty();
        assertThat(RowFilter.keepBlank(table, 0, RowOrder.natural(5_000), () -> false)).isEmpty();
        assertThatThrownBy(() -> table.codes(3)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void columnsAddedFirstAreAShiftOfTheSameData() {
        ColumnSet raw = ColumnSet.of(TABLE);
        ColumnSet marked = ColumnSet.of(TABLE.withColumns(ColumnPlacement.FIRST, ExtraColumn.constant("Change", 3, "new"),
                ExtraColumn.constant("Known", 3, "")));
        assertThat(marked.since(raw)).isEqualTo(ColumnSet.Change.SHIFTED);
        assertThat(marked.shift(raw)).isEqualTo(2);
        assertThat(raw.since(marked)).isEqualTo(ColumnSet.Change.SHIFTED);
        assertThat(raw.shift(marked)).isEqualTo(-2);
        ColumnSet last = ColumnSet.of(TABLE.withColumns(ColumnPlacement.LAST, ExtraColumn.constant("Change", 3, "new")));
        assertThat(last.since(raw)).isEqualTo(ColumnSet.Change.GREW);
        ColumnSet other = new ColumnSet(Shape.CSV, List.of("Known", "Path", "Other"));
        assertThat(other.since(raw)).isEqualTo(ColumnSet.Change.DIFFERENT);
        assertThat(new ColumnSet(Shape.LIST, marked.names()).since(raw)).as("another shape").isEqualTo(ColumnSet.Change.DIFFERENT);
    }
}

package app.fiv.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A table with added columns reads, filters, sorts and counts exactly like the same table built
 * row by row, whichever side the columns go and whatever store each column ends up in.
 */
class AddedColumnProperties {

    record Case(List<String[]> rows, List<String> values, int[] codes, List<String> cells, ColumnPlacement placement) {
    }

    @Property(tries = 100)
    void derivedTableBehavesLikeOneBuiltRowByRow(@ForAll("cases") Case c, @ForAll("needles") String needle) {
        TableBuilder base = new TableBuilder(Shape.LIST);
        base.columnFor("a");
        base.columnFor("b");
        c.rows().forEach(row -> base.addRow(row.clone()));
        FailedItemsTable table = base.build();
        FailedItemsTable derived = table.withColumns(c.placement(),
                ExtraColumn.ofCodes("Known", c.values(), c.codes()),
                ExtraColumn.ofCells("Change", c.rows().size(), c.cells()::get));

        FailedItemsTable expected = rowByRow(c);
        assertThat(derived.columns()).isEqualTo(expected.columns());
        assertThat(derived.rowCount()).isEqualTo(expected.rowCount());
        int columns = derived.columnCount();
        for (int row = 0; row < derived.rowCount(); row++) {
            for (int column = 0; column < columns; column++) {
                assertThat(derived.cell(row, column)).isEqualTo(expected.cell(row, column));
            }
        }
        int[] all = RowOrder.natural(derived.rowCount());
        int[] every = RowOrder.natural(columns);
        assertThat(new RowFilter(needle, every, -1, "").apply(derived, all, () -> false))
                .containsExactly(new RowFilter(needle, every, -1, "").apply(expected, all, () -> false));
        for (int column = 0; column < columns; column++) {
            for (boolean ascending : new boolean[] {true, false}) {
                List<SortKey> keys = List.of(new SortKey(column, ascending));
                assertThat(RowOrder.sorted(derived, keys)).containsExactly(RowOrder.sorted(expected, keys));
            }
            assertThat(ReasonCounts.count(derived, column, () -> false))
                    .containsExactlyElementsOf(ReasonCounts.count(expected, column, () -> false));
            String value = derived.rowCount() == 0 ? "" : derived.cell(derived.rowCount() / 2, column);
            assertThat(new RowFilter("", new int[0], column, value).apply(derived, all, () -> false))
                    .containsExactly(new RowFilter("", new int[0], column, value).apply(expected, all, () -> false));
            assertThat(RowFilter.keepBlank(derived, column, all, () -> false))
                    .containsExactly(RowFilter.keepBlank(expected, column, all, () -> false));
        }
    }

    private static FailedItemsTable rowByRow(Case c) {
        TableBuilder builder = new TableBuilder(Shape.LIST);
        List<String> names = c.placement() == ColumnPlacement.FIRST ? List.of("Known", "Change", "a", "b")
                : List.of("a", "b", "Known", "Change");
        names.forEach(builder::columnFor);
        for (int row = 0; row < c.rows().size(); row++) {
            String[] data = c.rows().get(row);
            String a = data.length > 0 ? data[0] : null;
            String b = data.length > 1 ? data[1] : null;
            String known = c.values().get(c.codes()[row]);
            String change = c.cells().get(row);
            builder.addRow(c.placement() == ColumnPlacement.FIRST ? new String[] {known, change, a, b}
                    : new String[] {a, b, known, change});
        }
        return builder.build();
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<String> few = Arbitraries.of("Access denied", "access DENIED", "", "10", "9", "-3", "東京", "K\u212a",
                "ſtraße", "1a", "5 MB");
        Arbitrary<String> any = Arbitraries.strings().withCharRange(' ', '\uffff').ofMaxLength(10);
        Arbitrary<String> cell = Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(4, few), net.jqwik.api.Tuple.of(2, any),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(null)));
        Arbitrary<String[]> row = cell.array(String[].class).ofMinSize(0).ofMaxSize(2);
        // Past the dictionary's probation too, so unique cells really end up in the arena.
        Arbitrary<List<String[]>> rows = Arbitraries.oneOf(row.list().ofMaxSize(30), row.list().ofMinSize(4_200).ofMaxSize(4_600));
        Arbitrary<List<String>> values = few.list().ofMinSize(1).ofMaxSize(6);
        return Combinators.combine(rows, values, Arbitraries.of(ColumnPlacement.values()), Arbitraries.longs())
                .as((r, v, placement, seed) -> {
                    java.util.Random random = new java.util.Random(seed);
                    int[] codes = new int[r.size()];
                    List<String> cells = new ArrayList<>(r.size());
                    boolean unique = random.nextBoolean();
                    for (int i = 0; i < codes.length; i++) {
                        codes[i] = random.nextInt(v.size());
                        cells.add(unique ? "p" + random.nextInt(1_000_000) : random.nextInt(4) == 0 ? null : v.get(random.nextInt(v.size())));
                    }
                    return new Case(r, v, codes, cells, placement);
                });
    }

    @Provide
    Arbitrary<String> needles() {
        return Arbitraries.oneOf(Arbitraries.of("", "a", "DENIED", "東", "k", "\u212a", "1", "p1"),
                Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(3));
    }
}

package app.fiv.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The compact store and its fast paths (byte search, ranks and counting sort, code counts) agree
 * with the plain definitions on String cells, for dictionary and arena columns alike.
 */
class ColumnStoreProperties {

    @Property(tries = 200)
    void storeKeepsEveryCellAndTheFastPathsAgree(@ForAll("tables") List<String[]> rows, @ForAll("needles") String needle) {
        TableBuilder builder = new TableBuilder(Shape.LIST);
        builder.columnFor("a");
        builder.columnFor("b");
        for (String[] row : rows) {
            builder.addRow(row.clone());
        }
        FailedItemsTable table = builder.build();
        assertThat(table.rowCount()).isEqualTo(rows.size());
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < 2; c++) {
                String expected = c < rows.get(r).length && rows.get(r)[c] != null ? rows.get(r)[c] : "";
                assertThat(table.cell(r, c)).isEqualTo(expected);
            }
        }
        int[] all = RowOrder.natural(table.rowCount());
        int[] filtered = new RowFilter(needle, new int[] {0, 1}, -1, "").apply(table, all, () -> false);
        String text = needle.strip();
        int[] expected = IntStream.range(0, rows.size())
                .filter(r -> text.isEmpty() || contains(table.cell(r, 0), text) || contains(table.cell(r, 1), text)).toArray();
        assertThat(filtered).containsExactly(expected);

        for (int column = 0; column < 2; column++) {
            int c = column;
            Integer[] boxed = IntStream.range(0, rows.size()).boxed().toArray(Integer[]::new);
            Arrays.sort(boxed, (x, y) -> CellComparator.compare(table.cell(x, c), table.cell(y, c)));
            assertThat(RowOrder.sorted(table, List.of(new SortKey(c, true))))
                    .containsExactly(Arrays.stream(boxed).mapToInt(Integer::intValue).toArray());
            Integer[] descending = IntStream.range(0, rows.size()).boxed().toArray(Integer[]::new);
            Arrays.sort(descending, (x, y) -> CellComparator.compare(table.cell(y, c), table.cell(x, c)));
            assertThat(RowOrder.sorted(table, List.of(new SortKey(c, false))))
                    .containsExactly(Arrays.stream(descending).mapToInt(Integer::intValue).toArray());

            Map<String, Integer> counts = new LinkedHashMap<>();
            for (int r = 0; r < rows.size(); r++) {
                counts.merge(table.cell(r, c), 1, Integer::sum);
            }
            List<ReasonCount> naive = new ArrayList<>();
            counts.forEach((k, v) -> naive.add(new ReasonCount(k, v)));
            naive.sort(Comparator.comparingInt(ReasonCount::count).reversed());
            assertThat(ReasonCounts.count(table, c, () -> false)).containsExactlyElementsOf(naive);
        }
    }

    private static boolean contains(String cell, String text) {
        for (int i = 0; i + text.length() <= cell.length(); i++) {
            if (cell.regionMatches(true, i, text, 0, text.length())) {
                return true;
            }
        }
        return false;
    }

    @Provide
    Arbitrary<List<String[]>> tables() {
        // Text that starts like a number ("1a", "5 MB") sorts among text, after every number.
        Arbitrary<String> few = Arbitraries.of("Access denied", "access DENIED", "", "10", "9", "-3", "Ünïcödé", "東京",
                "K\u212a", "\ud800lone", "ſtraße", "1a", "5 MB", "007", "-");
        Arbitrary<String> any = Arbitraries.strings().withCharRange('\u00a0', '\uffff').ofMaxLength(12);
        Arbitrary<String> ascii = Arbitraries.strings().withCharRange('A', 'z').withChars(" !#\\_~0123456789-").ofMaxLength(20);
        Arbitrary<String> cell = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, few), net.jqwik.api.Tuple.of(3, ascii), net.jqwik.api.Tuple.of(2, any),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(null)));
        Arbitrary<String[]> row = cell.array(String[].class).ofMinSize(0).ofMaxSize(2);
        // Sizes past the dictionary's probation, so unique columns really move to the arena.
        return Arbitraries.oneOf(row.list().ofMaxSize(40), row.list().ofMinSize(4_200).ofMaxSize(5_000));
    }

    @Provide
    Arbitrary<String> needles() {
        return Arbitraries.oneOf(Arbitraries.of("", " ", "a", "DENIED", "東", "k", "\u212a", "S", "ü", "1"),
                Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(3),
                Arbitraries.strings().withCharRange('\u0000', '\uffff').ofMaxLength(2));
    }
}

package app.fiv.compare;

import static org.assertj.core.api.Assertions.assertThat;

import app.fiv.known.PathGlob;
import app.fiv.model.FailedItemsTable;
import app.fiv.model.Shape;
import app.fiv.model.TableBuilder;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A comparison gives exactly what pairing the rows by hand gives (a queue of earlier rows a key,
 * taken in order), whatever the sizes, duplicates, case and column stores; and every row of both
 * runs is in it once: this run's as new or still failing, the earlier run's unpaired ones as fixed.
 */
class ComparisonProperties {
    private static final List<String> PATHS = List.of("C:\\Data\\A.txt", "c:\\data\\a.TXT", "/srv/A", "/srv/a",
            "\\\\nas\\Share\\x", "\\\\NAS\\share\\X", "/srv/b", "", "/東京/ſ", "E:\\Users\\K\u212a");
    private static final List<String> REASONS = List.of("locked", "Locked", "denied", "", "too large");

    record Run(List<String> columns, List<String[]> rows) {
    }

    record Case(Run current, Run earlier) {
    }

    @Property(tries = 60)
    void theComparisonPairsRowsAsByHand(@ForAll("cases") Case c) {
        FailedItemsTable current = table(c.current());
        FailedItemsTable earlier = table(c.earlier());

        ComparedTable compared = Comparison.of(current, earlier);

        List<List<String>> expected = byHand(c);
        FailedItemsTable table = compared.table();
        assertThat(table.rowCount()).isEqualTo(expected.size());
        for (int row = 0; row < table.rowCount(); row++) {
            List<String> cells = new ArrayList<>();
            for (int column = 0; column < table.columnCount(); column++) {
                cells.add(table.cell(row, column));
            }
            assertThat(cells).as("row " + row).isEqualTo(expected.get(row));
        }
        ComparisonCounts counts = compared.counts();
        assertThat(counts.added() + counts.stillFailing()).isEqualTo(current.rowCount());
        assertThat(counts.stillFailing() + counts.fixed()).isEqualTo(earlier.rowCount());
    }

    private static List<List<String>> byHand(Case c) {
        Map<String, ArrayDeque<Integer>> waiting = new HashMap<>();
        List<String[]> before = c.earlier().rows();
        for (int row = 0; row < before.size(); row++) {
            waiting.computeIfAbsent(key(before.get(row)[0]), k -> new ArrayDeque<>()).add(row);
        }
        boolean[] paired = new boolean[before.size()];
        boolean extra = c.earlier().columns().size() > 2 && !c.earlier().columns().equals(c.current().columns());
        List<List<String>> rows = new ArrayList<>();
        for (String[] now : c.current().rows()) {
            ArrayDeque<Integer> queue = waiting.get(key(now[0]));
            Integer match = queue == null ? null : queue.poll();
            List<String> cells = new ArrayList<>();
            cells.add(match == null ? "new" : "still failing");
            cells.addAll(List.of(now));
            if (extra) {
                cells.add("");
            }
            String earlierReason = "";
            if (match != null) {
                paired[match] = true;
                String then = before.get(match)[1].strip();
                earlierReason = then.equals(now[1].strip()) ? "" : then;
            }
            cells.add(earlierReason);
            rows.add(cells);
        }
        boolean sameThird = c.earlier().columns().equals(c.current().columns());
        for (int row = 0; row < before.size(); row++) {
            if (!paired[row]) {
                String[] then = before.get(row);
                List<String> cells = new ArrayList<>(List.of("fixed", then[0], then[1]));
                if (c.current().columns().size() > 2) {
                    cells.add(sameThird ? then[2] : "");
                }
                if (extra) {
                    cells.add(then[2]);
                }
                cells.add("");
                rows.add(cells);
            }
        }
        return rows;
    }

    private static String key(String path) {
        return PathGlob.isWindowsStyle(path) ? path.toLowerCase(Locale.ROOT) : path;
    }

    private static FailedItemsTable table(Run run) {
        TableBuilder builder = new TableBuilder(Shape.LIST);
        run.columns().forEach(builder::columnFor);
        run.rows().forEach(row -> builder.addRow(row.clone()));
        return builder.build();
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<Integer> sizes = Arbitraries.oneOf(Arbitraries.integers().between(0, 40),
                Arbitraries.integers().between(4_200, 6_000));
        return Combinators.combine(sizes, sizes, Arbitraries.integers().between(0, 3), Arbitraries.longs())
                .as((nowSize, beforeSize, columnsKind, seed) -> {
                    Random random = new Random(seed);
                    // Few distinct paths make many duplicates; many make the paths' store an arena.
                    int distinct = random.nextBoolean() ? PATHS.size() : 20_000;
                    List<String> nowColumns = columnsKind == 0 ? List.of("entity", "failureReason")
                            : List.of("entity", "failureReason", "size");
                    List<String> beforeColumns = switch (columnsKind) {
                        case 0, 1 -> nowColumns;
                        case 2 -> List.of("entity", "failureReason", "owner");
                        default -> List.of("entity", "failureReason");
                    };
                    return new Case(new Run(nowColumns, rows(random, nowSize, nowColumns.size(), distinct)),
                            new Run(beforeColumns, rows(random, beforeSize, beforeColumns.size(), distinct)));
                });
    }

    private static List<String[]> rows(Random random, int count, int width, int distinct) {
        List<String[]> rows = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String path = distinct <= PATHS.size() ? PATHS.get(random.nextInt(PATHS.size()))
                    : (random.nextBoolean() ? "E:\\Share\\File-" : "/srv/file-") + random.nextInt(distinct);
            String[] row = new String[width];
            row[0] = path;
            row[1] = REASONS.get(random.nextInt(REASONS.size()));
            if (width > 2) {
                row[2] = random.nextInt(3) == 0 ? "" : Integer.toString(random.nextInt(distinct));
            }
            rows.add(row);
        }
        return rows;
    }
}

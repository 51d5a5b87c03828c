package app.fiv.known;

import static org.assertj.core.api.Assertions.assertThat;

import app.fiv.model.ColumnPlacement;
import app.fiv.model.ExtraColumn;
import app.fiv.model.FailedItemsTable;
import app.fiv.model.Shape;
import app.fiv.model.TableBuilder;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Marking a whole table (reasons judged once a value, rows shared by both cores) names every row
 * with the rule that {@link KnownRules#firstMatch} names it with, row by row.
 */
class KnownMatcherProperties {
    private static final List<String> REASONS = List.of("Access is denied.", "access is denied.",
            "The process cannot access the file because it is being used by another process.", "", "In use", "Ünïcode");
    private static final List<String> FOLDERS = List.of("E:\\Users\\", "e:\\users\\", "\\\\nas01\\share\\", "/srv/www/",
            "/SRV/www/", "C:\\Payroll\\2026\\");
    private static final List<String> CLIENTS = List.of("fs-win01", "FS-WIN01", "lnx-web01", "");

    record Row(String reason, String path, String client) {
    }

    @Property(tries = 60)
    void tableMarksAgreeWithTheRowByRowRule(@ForAll("rows") List<Row> rows, @ForAll("rules") List<KnownRule> ruleList,
                                            @ForAll boolean uniqueReasons) {
        TableBuilder builder = new TableBuilder(Shape.LIST);
        builder.columnFor("failureReason");
        builder.columnFor("entity");
        List<String> reasons = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            // Unique reasons push the reason column into the arena: the per-row path.
            String reason = uniqueReasons ? rows.get(i).reason() + " #" + i : rows.get(i).reason();
            reasons.add(reason);
            builder.addRow(new String[] {reason, rows.get(i).path()});
        }
        FailedItemsTable table = builder.build();
        KnownRules rules = KnownRules.of(ruleList);

        KnownMarks oneClient = KnownMatcher.mark(table, rules, MatchTarget.of(table, "fs-win01"), () -> false);
        FailedItemsTable withClients = table.withColumns(ColumnPlacement.FIRST,
                ExtraColumn.ofCells("Client", rows.size(), row -> rows.get(row).client()));
        KnownMarks perRow = KnownMatcher.mark(withClients, rules, new MatchTarget(1, 2, 0, null), () -> false);
        KnownMarks unknownClient = KnownMatcher.mark(table, rules, MatchTarget.of(table, null), () -> false);

        FailedItemsTable marked = table.withColumns(ColumnPlacement.LAST, oneClient.column("Known"));
        int known = 0;
        for (int row = 0; row < rows.size(); row++) {
            String reason = reasons.get(row);
            String path = rows.get(row).path();
            var expected = rules.firstMatch(reason, path, "fs-win01");
            assertThat(marked.cell(row, 2)).isEqualTo(expected.map(KnownRule::label).orElse(""));
            assertThat(oneClient.isKnown(row)).isEqualTo(expected.isPresent());
            known += expected.isPresent() ? 1 : 0;
            assertThat(perRow.isKnown(row)).isEqualTo(rules.firstMatch(reason, path, rows.get(row).client()).isPresent());
            assertThat(unknownClient.isKnown(row)).isEqualTo(rules.firstMatch(reason, path, null).isPresent());
        }
        assertThat(oneClient.knownCount()).isEqualTo(known);
    }

    @Provide
    Arbitrary<List<Row>> rows() {
        Arbitrary<String> names = Arbitraries.of("jdoe\\Outlook\\jdoe.pst", "a.txt", "x\\y\\z.PST", "Private\\", "php.sock",
                "ünï.docx");
        Arbitrary<Row> row = Combinators.combine(Arbitraries.of(REASONS), Arbitraries.of(FOLDERS), names, Arbitraries.of(CLIENTS))
                .as((reason, folder, name, client) -> new Row(reason, folder + name, client));
        // Past one chunk of rows, so both cores share the work.
        return Arbitraries.oneOf(row.list().ofMaxSize(40), row.list().ofMinSize(70_000).ofMaxSize(70_100));
    }

    @Provide
    Arbitrary<List<KnownRule>> rules() {
        Arbitrary<String> reasonPattern = Arbitraries.of("access is *", "*in use*", "The process*", "?n use", "*");
        Arbitrary<String> path = Arbitraries.of("", "E:\\Users\\**", "E:\\Users\\**\\*.pst", "/srv/www/*.sock",
                "\\\\NAS01\\share\\**", "C:\\Payroll\\**\\", "**\\Private");
        Arbitrary<KnownRule> rule = Combinators.combine(Arbitraries.oneOf(Arbitraries.of(REASONS), reasonPattern),
                        Arbitraries.of(ReasonMatch.values()), path, Arbitraries.of("", "fs-win01", "lnx-web01"),
                        Arbitraries.of("", "note a", "note b"))
                .filter((reason, match, p, client, note) -> !reason.isBlank() || !p.isEmpty())
                .as(KnownRule::of);
        return rule.list().ofMaxSize(70);
    }
}

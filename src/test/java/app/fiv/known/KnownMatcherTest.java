package app.fiv.known;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.fiv.model.FailedItemsTable;
import app.fiv.model.Shape;
import app.fiv.model.TableBuilder;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;

/** Marking tables: a download's next batch, counts a rule, and stopping when asked to. */
class KnownMatcherTest {
    private static final KnownRules RULES = KnownRules.of(List.of(
            KnownRule.of("Access is denied.", ReasonMatch.EXACT, "", "", "denied"),
            KnownRule.of("", ReasonMatch.EXACT, "E:\\Users\\**\\*.pst", "", "pst")));

    @Test
    void aGrownTableKeepsTheMarksOfItsFirstRowsAndMarksTheRest() {
        TableBuilder builder = new TableBuilder(Shape.LIST);
        builder.columnFor("failureReason");
        builder.columnFor("entity");
        builder.addRow(new String[] {"Access is denied.", "C:\\a"});
        builder.addRow(new String[] {"In use", "E:\\Users\\x\\a.pst"});
        FailedItemsTable first = builder.snapshot();
        KnownMarks early = KnownMatcher.mark(first, RULES, MatchTarget.of(first, "c"), () -> false);
        builder.addRow(new String[] {"In use", "E:\\Users\\y.txt"});
        builder.addRow(new String[] {"Access is denied.", "E:\\Users\\y.pst"});
        FailedItemsTable grown = builder.build();

        KnownMarks extended = KnownMatcher.extend(early, grown, RULES, MatchTarget.of(grown, "c"), () -> false);
        KnownMarks afresh = KnownMatcher.mark(grown, RULES, MatchTarget.of(grown, "c"), () -> false);
        for (int row = 0; row < 4; row++) {
            assertThat(extended.isKnown(row)).isEqualTo(afresh.isKnown(row));
        }
        assertThat(extended.knownCount()).isEqualTo(3);
        assertThat(extended.countOf(0)).as("the first rule that fits names a row").isEqualTo(2);
        assertThat(extended.countOf(1)).isEqualTo(1);
        assertThat(early.knownCount()).as("the earlier marks are not changed").isEqualTo(2);

        KnownRules other = RULES.without(RULES.rules().get(0).id());
        assertThat(KnownMatcher.extend(early, grown, other, MatchTarget.of(grown, "c"), () -> false).knownCount())
                .as("other rules mark afresh").isEqualTo(2);
    }

    @Test
    void aCancelledMarkingStops() {
        TableBuilder builder = new TableBuilder(Shape.LIST);
        builder.columnFor("failureReason");
        for (int i = 0; i < 100_000; i++) {
            builder.addRow(new String[] {"Access is denied."});
        }
        FailedItemsTable table = builder.build();
        assertThatThrownBy(() -> KnownMatcher.mark(table, RULES, MatchTarget.of(table, null), () -> true))
                .isInstanceOf(CancellationException.class);
    }
}

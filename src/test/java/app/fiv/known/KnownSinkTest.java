package app.fiv.known;

import static org.assertj.core.api.Assertions.assertThat;

import app.fiv.model.RowSink;
import app.fiv.model.Shape;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The command line's known failures: a first column of notes, or the known rows left out, while rows stream. */
class KnownSinkTest {
    private static final KnownRules RULES = KnownRules.of(List.of(
            KnownRule.of("Access is denied.", ReasonMatch.EXACT, "C:\\Payroll\\**", "", "payroll"),
            KnownRule.of("*in use*", ReasonMatch.PATTERN, "", "fileserver02", "")));

    /** What the next sink is told. */
    static final class Recording implements RowSink {
        final List<String> columns = new ArrayList<>();
        final List<List<String>> rows = new ArrayList<>();
        boolean ended;

        @Override
        public void begin(Shape shape) {
        }

        @Override
        public void columns(int first, List<String> names) {
            columns.subList(first, columns.size()).clear();
            columns.addAll(names);
        }

        @Override
        public void row(String[] cells) {
            rows.add(Arrays.asList(cells));
        }

        @Override
        public void end() {
            ended = true;
        }
    }

    @Test
    void knownRowsGetTheNoteInAFirstColumnAndTheOthersAnEmptyCell() {
        Recording next = new Recording();
        KnownSink sink = new KnownSink(next, RULES, "FileServer02", false);
        sink.begin(Shape.LIST);
        sink.columns(0, List.of("failureReason", "entity"));
        sink.row(new String[] {"Access is denied.", "c:\\payroll\\2026\\x.xlsx"});
        sink.row(new String[] {"Access is denied.", "C:\\Other\\x.xlsx"});
        sink.row(new String[] {"File in use", "C:\\Other\\y.xlsx"});
        sink.columns(2, List.of("size"));
        sink.row(new String[] {"Access is denied.", "C:\\Payroll\\a", "12"});
        sink.end();

        assertThat(next.columns).containsExactly("known", "failureReason", "entity", "size");
        assertThat(next.rows).containsExactly(
                List.of("payroll", "Access is denied.", "c:\\payroll\\2026\\x.xlsx"),
                List.of("", "Access is denied.", "C:\\Other\\x.xlsx"),
                List.of("known", "File in use", "C:\\Other\\y.xlsx"),
                List.of("payroll", "Access is denied.", "C:\\Payroll\\a", "12"));
        assertThat(sink.knownCount()).isEqualTo(3);
        assertThat(next.ended).isTrue();
    }

    @Test
    void hidingLeavesTheKnownRowsOutAndAnUnknownClientFitsNoClientRule() {
        Recording next = new Recording();
        KnownSink sink = new KnownSink(next, RULES, null, true);
        sink.columns(0, List.of("Path", "Reason"));
        sink.row(new String[] {"C:\\Payroll\\x", "Access is denied."});
        sink.row(new String[] {"C:\\a", "in use"});
        sink.end();
        assertThat(next.rows).containsExactly(List.of("", "C:\\a", "in use"));
        assertThat(sink.knownCount()).isEqualTo(1);
    }

    @Test
    void rowsWaitForAHeaderThatComesLateButNoLongerThanTheLookAhead() {
        Recording next = new Recording();
        KnownSink sink = new KnownSink(next, RULES, null, false);
        sink.begin(Shape.CSV);
        sink.columns(0, List.of("Column 1", "Column 2"));
        sink.row(new String[] {"C:\\Payroll\\x", "Access is denied."});
        assertThat(next.rows).as("held until the columns are named").isEmpty();
        sink.columns(0, List.of("Path", "Reason"));
        assertThat(next.rows).containsExactly(List.of("payroll", "C:\\Payroll\\x", "Access is denied."));
        assertThat(next.columns).containsExactly("known", "Path", "Reason");

        Recording unnamed = new Recording();
        KnownSink waiting = new KnownSink(unnamed, RULES, null, false);
        waiting.columns(0, List.of("a", "b"));
        for (int i = 0; i < KnownSink.LOOK_AHEAD; i++) {
            waiting.row(new String[] {"x", "y"});
        }
        assertThat(unnamed.rows).as("memory stays bounded: rows flow after the look-ahead").hasSize(KnownSink.LOOK_AHEAD);
        waiting.row(new String[] {"x", "y"});
        assertThat(unnamed.rows).hasSize(KnownSink.LOOK_AHEAD + 1);
    }

    @Test
    void theDatasOwnKnownColumnIsRenamed() {
        Recording next = new Recording();
        KnownSink sink = new KnownSink(next, RULES, null, false);
        sink.columns(0, List.of("entity", "known", "failureReason"));
        sink.end();
        assertThat(next.columns).containsExactly("known", "entity", "known (2)", "failureReason");
    }
}

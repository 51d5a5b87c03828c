package app.fiv.ui.known;

import static org.assertj.core.api.Assertions.assertThat;

import app.fiv.known.KnownRule;
import app.fiv.known.KnownRules;
import app.fiv.known.ReasonMatch;
import app.fiv.known.RuleStore;
import app.fiv.model.FailedItemsTable;
import app.fiv.model.Tables;
import app.fiv.ui.common.StatusMessages;
import app.fiv.ui.table.TableViewModel;
import app.fiv.ui.task.QueuedTaskExecutor;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A tab's rows marked in the background while a download adds batches and while rules change. */
class KnownMarkingTest {
    private static final URI SERVER = URI.create("https://cs.example.com/webconsole/api");

    private final QueuedTaskExecutor executor = new QueuedTaskExecutor();
    private final StatusMessages notices = new StatusMessages();
    private final TableViewModel table = new TableViewModel(executor, notices);
    private final KnownMarking marking = new KnownMarking(table, executor, notices);
    private RuleBook book;

    @TempDir
    Path folder;

    @BeforeEach
    void setUp() {
        book = new RuleBook(SERVER, new RuleStore(folder), executor, notices);
        executor.runAll();
        marking.follow(new SimpleObjectProperty<>(book));
    }

    /** The first {@code rows} rows of one download: every third is "Access is denied.", the others "Locked". */
    private static FailedItemsTable firstRows(int rows) {
        String items = IntStream.range(0, rows).mapToObj(i -> "{\"failureReason\":\"" + (i % 3 == 0 ? "Access is denied." : "Locked")
                + "\",\"entity\":\"C:\\\\data\\\\f" + i + ".txt\"}").collect(Collectors.joining(","));
        try {
            return Tables.json(new ByteArrayInputStream(("{\"failedItems\":[" + items + "]}").getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private List<String> knownCells() {
        FailedItemsTable shown = table.tableProperty().get();
        int column = table.knownColumnProperty().get();
        List<String> cells = new ArrayList<>();
        for (int row = 0; row < shown.rowCount(); row++) {
            cells.add(column < 0 ? "(none)" : shown.cell(row, column));
        }
        return cells;
    }

    private static List<String> expected(int rows, String note) {
        return IntStream.range(0, rows).mapToObj(i -> i % 3 == 0 ? note : "").toList();
    }

    private void rules(String note) {
        book.save(KnownRules.of(List.of(KnownRule.of("Access is denied.", ReasonMatch.EXACT, "", "", note))), "saved");
    }

    @Test
    void batchesThatArriveWhileOneIsMarkedWaitAndTheLastTableShownIsMarkedWhole() {
        rules("ACL");
        executor.runAll();

        marking.show(firstRows(3), false, "fs01");
        marking.show(firstRows(6), false, "fs01");
        marking.show(firstRows(9), true, "fs01");
        executor.runAll();

        assertThat(table.tableProperty().get().rowCount()).isEqualTo(9);
        assertThat(table.completeProperty().get()).isTrue();
        assertThat(knownCells()).isEqualTo(expected(9, "ACL"));
        assertThat(marking.marksProperty().get().knownCount()).isEqualTo(3);
    }

    @Test
    void rulesChangedWhileABatchIsMarkedMarkItAnewWithTheNewRules() {
        rules("old");
        executor.runAll();
        marking.show(firstRows(6), false, "fs01");

        rules("new");
        executor.runAll();

        assertThat(knownCells()).isEqualTo(expected(6, "new"));
        marking.show(firstRows(12), true, "fs01");
        executor.runAll();
        assertThat(knownCells()).as("rows marked before by the old rules are not kept").isEqualTo(expected(12, "new"));
    }

    @Test
    void withoutRulesTheRowsShowAsTheyAreAtOnce() {
        marking.show(firstRows(4), true, "fs01");

        assertThat(table.tableProperty().get().columns()).containsExactly("failureReason", "entity");
        assertThat(table.knownColumnProperty().get()).isEqualTo(-1);

        rules("ACL");
        executor.runAll();
        assertThat(knownCells()).isEqualTo(expected(4, "ACL"));

        book.save(KnownRules.NONE, "saved");
        executor.runAll();
        assertThat(table.knownColumnProperty().get()).isEqualTo(-1);
        assertThat(marking.marksProperty().get()).isNull();
    }

    @Test
    void aClosedTabStopsMarkingAndFollowsTheRulesNoMore() {
        rules("ACL");
        executor.runAll();
        marking.show(firstRows(3), true, "fs01");
        executor.runAll();
        FailedItemsTable shown = table.tableProperty().get();

        marking.close();
        rules("changed");
        executor.runAll();

        assertThat(table.tableProperty().get()).isSameAs(shown);
        assertThat(knownCells()).isEqualTo(expected(3, "ACL"));
    }
}

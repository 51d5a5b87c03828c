package app.fiv.ui.table;

import static org.assertj.core.api.Assertions.assertThat;

import app.fiv.model.ColumnPlacement;
import app.fiv.model.ExtraColumn;
import app.fiv.model.FailedItemsTable;
import app.fiv.model.SortKey;
import app.fiv.ui.common.StatusMessages;
import app.fiv.ui.task.DirectTaskExecutor;
import app.fiv.ui.task.QueuedTaskExecutor;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Known failures in the table: hiding them, counting what is hidden, and a Known column that comes and goes. */
class HideKnownTest {
    private static final FailedItemsTable RAW = TableViewModelTest.TABLE;
    // Rows 0 and 2 are known: /b/report.docx and /c/Plan-old.DWG.
    private static final FailedItemsTable MARKED = RAW.withColumns(ColumnPlacement.FIRST,
            ExtraColumn.ofCodes("Known", List.of("", "accepted"), new int[] {1, 0, 1, 0}));

    private final TableViewModel model = new TableViewModel(new DirectTaskExecutor(), new StatusMessages());

    private List<Integer> rows() {
        return List.copyOf(model.rowsProperty().get());
    }

    @Test
    void hidingDropsTheKnownRowsAndTheCountSaysHowMany() {
        model.show(MARKED, true, 0);
        assertThat(model.knownColumnProperty().get()).isZero();
        assertThat(model.countTextBinding().get()).isEqualTo("4 rows");

        model.hideKnownProperty().set(true);
        assertThat(rows()).containsExactly(1, 3);
        assertThat(model.countTextBinding().get()).isEqualTo("2 rows · 2 known hidden");

        model.filterTextProperty().set("dwg");
        assertThat(rows()).containsExactly(1);
        assertThat(model.knownHiddenProperty().get()).as("of the rows the filter keeps").isEqualTo(1);
        assertThat(model.countTextBinding().get()).isEqualTo("1 / 4 rows · 1 known hidden");

        model.hideKnownProperty().set(false);
        assertThat(rows()).containsExactly(1, 2);
        assertThat(model.countTextBinding().get()).isEqualTo("2 / 4 rows");
    }

    @Test
    void aTableWithoutAKnownColumnHidesNothing() {
        model.hideKnownProperty().set(true);
        model.show(RAW, true);
        assertThat(rows()).containsExactly(0, 1, 2, 3);
        assertThat(model.countTextBinding().get()).isEqualTo("4 rows");
    }

    @Test
    void showingTheKnownRowsAgainSearchesNothing() {
        QueuedTaskExecutor queued = new QueuedTaskExecutor();
        TableViewModel slow = new TableViewModel(queued, new StatusMessages());
        slow.show(MARKED, true, 0);
        queued.runAll();
        slow.filterTextProperty().set("d");
        queued.runAll();
        slow.hideKnownProperty().set(true);
        assertThat(queued.pending()).isEqualTo(1);
        queued.runAll();
        assertThat(List.copyOf(slow.rowsProperty().get())).containsExactly(1, 3);

        slow.hideKnownProperty().set(false);
        assertThat(queued.pending()).as("the rows the filter kept are at hand").isZero();
        assertThat(List.copyOf(slow.rowsProperty().get())).containsExactly(0, 1, 2, 3);
    }

    @Test
    void aKnownColumnAddedOrTakenAwayKeepsTheSortShownColumnsAndCopyColumn() {
        model.show(RAW, true);
        model.sort(List.of(new SortKey(2, false)));
        model.setVisibleColumns(new int[] {2, 0});
        model.pathColumnProperty().set(0);
        assertThat(rows()).containsExactly(2, 0, 1, 3);

        model.show(MARKED, true, 0);
        assertThat(model.sortKeysProperty().get()).containsExactly(new SortKey(3, false));
        assertThat(model.visibleColumnsProperty().get()).containsExactly(0, 3, 1);
        assertThat(model.pathColumnProperty().get()).isEqualTo(1);
        assertThat(rows()).containsExactly(2, 0, 1, 3);

        model.show(RAW, true);
        assertThat(model.knownColumnProperty().get()).isEqualTo(-1);
        assertThat(model.sortKeysProperty().get()).containsExactly(new SortKey(2, false));
        assertThat(model.visibleColumnsProperty().get()).containsExactly(2, 0);
        assertThat(model.pathColumnProperty().get()).isZero();
    }
}

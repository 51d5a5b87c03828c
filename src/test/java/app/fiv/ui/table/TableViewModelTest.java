package app.fiv.ui.table;

import static org.assertj.core.api.Assertions.assertThat;

import app.fiv.model.FailedItemsTable;
import app.fiv.model.ReasonCount;
import app.fiv.model.SortKey;
import app.fiv.model.Tables;
import app.fiv.ui.task.DirectTaskExecutor;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Sort, quick filter and reason filter compose; tasks run on the test's thread. */
class TableViewModelTest {
    static final FailedItemsTable TABLE = Tables.csv(List.of("Path", "Reason", "Size"), List.of(
            List.of("/b/report.docx", "Denied", "10"),
            List.of("/a/plan.dwg", "In use", "9"),
            List.of("/c/Plan-old.DWG", "Denied", "100"),
            List.of("/d/notes.txt", "Denied", "1")));

    private final TableViewModel model = new TableViewModel(new DirectTaskExecutor());

    private List<Integer> rows() {
        return List.copyOf(model.rowsProperty().get());
    }

    @Test
    void showsEveryRowAndCountsTheReasons() {
        model.show(TABLE);

        assertThat(rows()).containsExactly(0, 1, 2, 3);
        assertThat(model.countTextBinding().get()).isEqualTo("4 rows");
        assertThat(model.reasonsProperty().get()).containsExactly(new ReasonCount("Denied", 3), new ReasonCount("In use", 1));
        assertThat(model.pathColumnProperty().get()).isZero();
        assertThat(model.reasonColumnProperty().get()).isEqualTo(1);
    }

    @Test
    void filterSortAndReasonCompose() {
        model.show(TABLE);
        model.filterTextProperty().set("PLAN");
        assertThat(rows()).containsExactly(1, 2);
        assertThat(model.countTextBinding().get()).isEqualTo("2 / 4 rows");

        model.sort(List.of(new SortKey(2, false)));
        assertThat(rows()).containsExactly(2, 1);

        model.toggleReason("Denied");
        assertThat(rows()).containsExactly(2);

        model.filterTextProperty().set("");
        assertThat(rows()).containsExactly(2, 0, 3);

        model.toggleReason("Denied");
        assertThat(model.reasonFilterProperty().get()).isNull();
        assertThat(rows()).containsExactly(2, 0, 1, 3);
    }

    @Test
    void onlyVisibleColumnsAreSearched() {
        model.show(TABLE);
        model.filterTextProperty().set("100");
        assertThat(rows()).containsExactly(2);

        model.setVisibleColumns(new int[] {0, 1});
        assertThat(rows()).isEmpty();
        assertThat(model.visibleColumnNames()).containsExactly("Path", "Reason");
    }

    @Test
    void allShownRowsIsOneStateResolvedAgainstTheFilter() {
        model.show(TABLE);
        model.filterTextProperty().set("denied");

        assertThat(model.rowsOf(RowSelection.allShownRows())).containsExactly(0, 2, 3);
        assertThat(model.rowsOf(RowSelection.of(3))).containsExactly(3);
    }

    @Test
    void aRefreshKeepsTheFilter() {
        model.show(TABLE);
        model.filterTextProperty().set("notes");

        model.show(TABLE);

        assertThat(rows()).containsExactly(3);
    }

    @Test
    void typingOnSearchesThePreviousHitsAndDeletingSearchesAllAgain() {
        model.show(TABLE);
        model.sort(List.of(new SortKey(2, true)));
        model.filterTextProperty().set("p");
        assertThat(rows()).containsExactly(1, 0, 2);
        model.filterTextProperty().set("pl");
        assertThat(rows()).containsExactly(1, 2);
        model.filterTextProperty().set("pla");
        assertThat(rows()).containsExactly(1, 2);
        model.filterTextProperty().set("plan-");
        assertThat(rows()).containsExactly(2);
        model.filterTextProperty().set("plan");
        assertThat(rows()).containsExactly(1, 2);
        model.filterTextProperty().set("o");
        assertThat(rows()).containsExactly(3, 0, 2);
    }
}

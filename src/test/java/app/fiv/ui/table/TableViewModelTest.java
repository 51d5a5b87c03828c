package app.fiv.ui.table;

import static org.assertj.core.api.Assertions.assertThat;

import app.fiv.model.FailedItemsTable;
import app.fiv.model.ReasonCount;
import app.fiv.model.SortKey;
import app.fiv.model.Tables;
import app.fiv.ui.common.StatusMessages;
import app.fiv.ui.task.DirectTaskExecutor;
import app.fiv.ui.task.FailingTaskExecutor;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Sort, quick filter and reason filter compose; tasks run on the test's thread. */
class TableViewModelTest {
    static final FailedItemsTable TABLE = Tables.csv(List.of("Path", "Reason", "Size"), List.of(
            List.of("/b/report.docx", "Denied", "10"),
            List.of("/a/plan.dwg", "In use", "9"),
            List.of("/c/Plan-old.DWG", "Denied", "100"),
            List.of("/d/notes.txt", "Denied", "1")));

    private final StatusMessages messages = new StatusMessages();
    private final TableViewModel model = new TableViewModel(new DirectTaskExecutor(), messages);

    private List<Integer> rows() {
        return List.copyOf(model.rowsProperty().get());
    }

    @Test
    void showsEveryRowAndCountsTheReasons() {
        model.show(TABLE, true);

        assertThat(rows()).containsExactly(0, 1, 2, 3);
        assertThat(model.countTextBinding().get()).isEqualTo("4 rows");
        assertThat(model.reasonsProperty().get()).containsExactly(new ReasonCount("Denied", 3), new ReasonCount("In use", 1));
        assertThat(model.pathColumnProperty().get()).isZero();
        assertThat(model.reasonColumnProperty().get()).isEqualTo(1);
    }

    @Test
    void filterSortAndReasonCompose() {
        model.show(TABLE, true);
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
        model.show(TABLE, true);
        model.filterTextProperty().set("100");
        assertThat(rows()).containsExactly(2);

        model.setVisibleColumns(new int[] {0, 1});
        assertThat(rows()).isEmpty();
        assertThat(model.visibleColumnNames()).containsExactly("Path", "Reason");
    }

    @Test
    void allShownRowsIsOneStateResolvedAgainstTheFilter() {
        model.show(TABLE, true);
        model.filterTextProperty().set("denied");

        assertThat(model.rowsOf(RowSelection.allShownRows())).containsExactly(0, 2, 3);
        assertThat(model.rowsOf(RowSelection.of(3))).containsExactly(3);
    }

    @Test
    void aRefreshKeepsTheFilter() {
        model.show(TABLE, true);
        model.filterTextProperty().set("notes");

        model.show(TABLE, true);

        assertThat(rows()).containsExactly(3);
    }

    @Test
    void typingOnSearchesThePreviousHitsAndDeletingSearchesAllAgain() {
        model.show(TABLE, true);
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

    static final FailedItemsTable GROWN = Tables.csv(List.of("Path", "Reason", "Size", "Owner"), List.of(
            List.of("/b/report.docx", "Denied", "10", "ann"),
            List.of("/a/plan.dwg", "In use", "9", "bob"),
            List.of("/c/Plan-old.DWG", "Denied", "100", "cy"),
            List.of("/d/notes.txt", "Denied", "1", "dee"),
            List.of("/e/more.txt", "In use", "5", "eve")));

    static final FailedItemsTable OTHER = Tables.csv(List.of("Mailbox", "Error"), List.of(List.of("ann@x", "Throttled")));

    @Test
    void theColumnChosenForCopyingStaysThroughRefreshesAndNewBatchesButNotOtherData() {
        model.show(TABLE, false);
        model.pathColumnProperty().set(2);

        model.show(TABLE, true);
        assertThat(model.pathColumnProperty().get()).as("a refresh keeps it").isEqualTo(2);
        model.show(GROWN, false);
        assertThat(model.pathColumnProperty().get()).as("a batch with a late column keeps it").isEqualTo(2);

        model.show(OTHER, true);
        assertThat(model.pathColumnProperty().get()).as("other data has its own").isEqualTo(-1);
    }

    @Test
    void aPathColumnThatArrivesWithGrownColumnsIsTheOneCopied() {
        // A tab of many jobs opens with its leading columns only; the jobs' own columns follow.
        model.show(Tables.csv(List.of("Job ID", "Client", "Subclient"), List.of()), false);
        assertThat(model.pathColumnProperty().get()).isEqualTo(-1);

        model.show(Tables.csv(List.of("Job ID", "Client", "Subclient", "Path", "Reason"),
                List.of(List.of("1", "fs", "sub", "/a", "Denied"))), false);

        assertThat(model.pathColumnProperty().get()).isEqualTo(3);
    }

    @Test
    void sortAndShownColumnsStayWhileTheSameColumnsGrowAndResetForOtherData() {
        model.show(TABLE, false);
        model.sort(List.of(new SortKey(2, true)));
        model.setVisibleColumns(new int[] {1, 0});

        model.show(GROWN, true);

        assertThat(model.sortKeysProperty().get()).containsExactly(new SortKey(2, true));
        assertThat(model.visibleColumnsProperty().get()).as("the late column joins at the end").containsExactly(1, 0, 3);
        assertThat(rows()).containsExactly(3, 4, 1, 0, 2);

        model.show(OTHER, true);

        assertThat(model.sortKeysProperty().get()).isEmpty();
        assertThat(model.visibleColumnsProperty().get()).containsExactly(0, 1);
    }

    @Test
    void theRowsSoFarAreMarkedUntilTheDownloadIsComplete() {
        model.show(TABLE, false);
        assertThat(model.completeProperty().get()).isFalse();

        model.show(GROWN, true);
        assertThat(model.completeProperty().get()).isTrue();
    }

    @Test
    void aFailedSortIsReportedAndTheArrowsGoBackToTheOrderShown() {
        StatusMessages failures = new StatusMessages();
        TableViewModel failing = new TableViewModel(
                new FailingTaskExecutor(new IllegalArgumentException("Comparison method violates its general contract!")),
                failures);
        failing.show(TABLE, true);

        failing.sort(List.of(new SortKey(0, true)));

        assertThat(failing.sortKeysProperty().get()).as("no arrow for a sort that did not happen").isEmpty();
        assertThat(failures.errorProperty().get()).startsWith("The rows could not be sorted or filtered:")
                .contains("Comparison method violates its general contract!");
        assertThat(failing.workingProperty().get()).isFalse();
    }

    @Test
    void wideDataShowsItsFirstHundredColumnsAndSaysHowManyThereAre() {
        List<String> names = new java.util.ArrayList<>();
        List<String> cells = new java.util.ArrayList<>();
        for (int i = 0; i < 150; i++) {
            names.add("key" + i);
            cells.add("v" + i);
        }

        model.show(Tables.csv(names, List.of(cells)), true);

        assertThat(model.visibleColumnsProperty().get()).hasSize(TableViewModel.MAX_FIRST_SHOWN).startsWith(0, 1, 2);
        assertThat(model.countTextBinding().get()).isEqualTo("1 row · 50 of 150 columns shown");
        model.setVisibleColumns(java.util.stream.IntStream.range(0, 150).toArray());
        assertThat(model.countTextBinding().get()).isEqualTo("1 row");
    }
}

package app.fiv.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;

class RowFilterTest {
    private final FailedItemsTable table = Tables.csv(List.of("Path", "Reason", "GUID"), List.of(
            List.of("C:\\Data\\Ångström.txt", "Access is denied.", "abc"),
            List.of("D:\\Shares\\Plans.DWG", "File in use", "DWG-123"),
            List.of("/home/ユーザー/ファイル", "Access is denied.", "xyz"),
            List.of("/srv/big", "ACCESS IS DENIED.", "")));

    private int[] apply(RowFilter filter) {
        return filter.apply(table, RowOrder.natural(table.rowCount()), () -> false);
    }

    @Test
    void anySearchedCellContainsTheTextIgnoringCase() {
        assertThat(apply(new RowFilter("dwg", new int[] {0}, -1, null))).containsExactly(1);
        assertThat(apply(new RowFilter("dwg", new int[] {0, 2}, -1, null))).containsExactly(1);
        assertThat(apply(new RowFilter("ÅNGSTRÖM", new int[] {0}, -1, null))).containsExactly(0);
        assertThat(apply(new RowFilter("ユーザー", new int[] {0}, -1, null))).containsExactly(2);
        assertThat(apply(new RowFilter("access", new int[] {1}, -1, null))).containsExactly(0, 2, 3);
    }

    @Test
    void hiddenColumnsAreNotSearched() {
        assertThat(apply(new RowFilter("xyz", new int[] {0, 1}, -1, null))).isEmpty();
        assertThat(apply(new RowFilter("xyz", new int[] {2}, -1, null))).containsExactly(2);
    }

    @Test
    void theReasonFilterMatchesExactlyAndComposesWithTheText() {
        assertThat(apply(new RowFilter("", new int[] {0}, 1, "Access is denied."))).containsExactly(0, 2);
        assertThat(apply(new RowFilter("home", new int[] {0}, 1, "Access is denied."))).containsExactly(2);
    }

    @Test
    void theGivenOrderIsKept() {
        int[] sorted = {3, 2, 1, 0};
        assertThat(new RowFilter("access", new int[] {1}, -1, null).apply(table, sorted, () -> false)).containsExactly(3, 2, 0);
        assertThat(RowFilter.NONE.apply(table, sorted, () -> false)).isSameAs(sorted);
    }

    @Test
    void aNewerSearchCancelsThisOne() {
        assertThatThrownBy(() -> new RowFilter("x", new int[] {0}, -1, null).apply(table, RowOrder.natural(4), () -> true))
                .isInstanceOf(CancellationException.class);
    }
}

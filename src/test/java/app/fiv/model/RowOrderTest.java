package app.fiv.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class RowOrderTest {
    private final FailedItemsTable table = table("""
            {"failedItems": [
              {"reason": "b", "size": "10", "path": "x"},
              {"reason": "a", "size": "9", "path": "y"},
              {"reason": "B", "size": "100", "path": "z"},
              {"reason": "a", "size": "9", "path": "w"}
            ]}""");

    private static FailedItemsTable table(String json) {
        try {
            return Tables.json(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void numbersSortByValue() {
        assertThat(RowOrder.sorted(table, List.of(new SortKey(1, true)))).containsExactly(1, 3, 0, 2);
    }

    @Test
    void textSortsIgnoringCase() {
        assertThat(RowOrder.sorted(table, List.of(new SortKey(0, true)))).containsExactly(1, 3, 2, 0);
    }

    @Test
    void tiesKeepTheServersOrder() {
        // Equal reasons, and paths out of order: a sort that broke ties by anything else would show it.
        FailedItemsTable ties = table("""
                {"failedItems": [
                  {"reason": "Locked", "path": "d"},
                  {"reason": "Denied", "path": "z"},
                  {"reason": "Locked", "path": "a"},
                  {"reason": "Locked", "path": "c"},
                  {"reason": "Denied", "path": "b"},
                  {"reason": "Locked", "path": "b"}
                ]}""");

        assertThat(RowOrder.sorted(ties, List.of(new SortKey(0, true)))).containsExactly(1, 4, 0, 2, 3, 5);
        assertThat(RowOrder.sorted(ties, List.of(new SortKey(0, false)))).containsExactly(0, 2, 3, 5, 1, 4);
    }

    @Test
    void descendingAndSecondaryKeysApply() {
        int[] order = RowOrder.sorted(table, List.of(new SortKey(0, false), new SortKey(2, true)));

        assertThat(order).containsExactly(0, 2, 3, 1);
    }

    @Test
    void naturalOrderIsTheServersOrder() {
        assertThat(RowOrder.natural(3)).containsExactly(0, 1, 2);
    }
}

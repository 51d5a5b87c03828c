package app.fiv.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReasonCountsTest {
    @Test
    void distinctReasonsBiggestFirstTiesInFirstSeenOrder() {
        FailedItemsTable table = Tables.csv(List.of("Path", "Reason"), List.of(
                List.of("/a", "In use"), List.of("/b", "Denied"), List.of("/c", "Denied"),
                List.of("/d", "Too long"), List.of("/e", "In use"), List.of("/f", "Denied")));

        assertThat(ReasonCounts.count(table, 1, () -> false)).containsExactly(
                new ReasonCount("Denied", 3), new ReasonCount("In use", 2), new ReasonCount("Too long", 1));
    }
}

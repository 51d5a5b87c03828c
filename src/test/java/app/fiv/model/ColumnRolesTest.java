package app.fiv.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ColumnRolesTest {
    @Test
    void bothShapesAndOtherDataFindTheirPathAndReason() {
        assertThat(ColumnRoles.pathColumn(List.of("failureReason", "entity"))).hasValue(1);
        assertThat(ColumnRoles.reasonColumn(List.of("failureReason", "entity"))).hasValue(0);
        List<String> teams = List.of("Item Type", "Item Name", "Team Name", "Path", "Status", "Reason", "GUID");
        assertThat(ColumnRoles.pathColumn(teams)).hasValue(3);
        assertThat(ColumnRoles.reasonColumn(teams)).hasValue(5);
        assertThat(ColumnRoles.pathColumn(List.of("Status", "Item", "Full File Name"))).hasValue(2);
        assertThat(ColumnRoles.reasonColumn(List.of("Item", "Error Message"))).hasValue(1);
        assertThat(ColumnRoles.reasonColumn(List.of("Item", "Job Status"))).hasValue(1);
        assertThat(ColumnRoles.pathColumn(List.of("a", "b"))).isEmpty();
    }
}

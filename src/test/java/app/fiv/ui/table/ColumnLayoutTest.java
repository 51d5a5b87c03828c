package app.fiv.ui.table;

import static org.assertj.core.api.Assertions.assertThat;

import app.fiv.model.Shape;
import app.fiv.settings.AppSettings;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.Test;

class ColumnLayoutTest {
    @Test
    void rememberedOrderAppliesToKnownNamesAndNewOnesKeepTheirPlace() {
        ColumnLayout layout = new ColumnLayout(List.of("Reason", "Path", "Name"), Map.of(), Set.of());

        assertThat(layout.arrange(List.of("Name", "Path", "GUID", "Reason"))).containsExactly("Reason", "Path", "GUID", "Name");
    }

    @Test
    void mergingKeepsColumnsOfOtherDataSets() {
        ColumnLayout earlier = new ColumnLayout(List.of("Mailbox", "Path"), Map.of("Mailbox", 120.0), Set.of("Mailbox"));

        ColumnLayout merged = earlier.merge(List.of("Path", "Team"), Map.of("Path", 300.0), Set.of("Team"));

        assertThat(merged.order()).containsExactly("Path", "Team", "Mailbox");
        assertThat(merged.widths()).containsEntry("Mailbox", 120.0).containsEntry("Path", 300.0);
        assertThat(merged.hidden()).containsExactlyInAnyOrder("Mailbox", "Team");
    }

    @Test
    void layoutsAreKeptPerShapeAcrossRuns() throws Exception {
        Preferences node = Preferences.userRoot().node("app/fiv/tests/layout-" + System.nanoTime());
        try {
            ColumnLayout layout = new ColumnLayout(List.of("entity", "failureReason"), Map.of("entity", 512.0), Set.of());
            new ColumnLayouts(new AppSettings(node)).save(Shape.LIST, layout);

            ColumnLayouts later = new ColumnLayouts(new AppSettings(node));
            assertThat(later.load(Shape.LIST)).isEqualTo(layout);
            assertThat(later.load(Shape.CSV)).isEqualTo(ColumnLayout.NONE);
        } finally {
            node.removeNode();
        }
    }
}

package app.fiv.ui.tabs;

import static org.assertj.core.api.Assertions.assertThat;

import app.fiv.api.JobSummary;
import app.fiv.jobs.LoadedJob;
import app.fiv.model.FailedItemsTable;
import app.fiv.model.Tables;
import app.fiv.settings.AppSettings;
import app.fiv.testing.Collectable;
import app.fiv.ui.common.FakeClipboard;
import app.fiv.ui.common.FakeDialogs;
import app.fiv.ui.common.StatusMessages;
import app.fiv.ui.export.ExportSettings;
import app.fiv.ui.export.ExportViewModel;
import app.fiv.ui.table.ColumnLayouts;
import app.fiv.ui.task.DirectTaskExecutor;
import java.lang.ref.WeakReference;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.prefs.Preferences;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A tab's views listen to its model for the life of the view only: once the view is closed,
 * nothing of it stays reachable from the model, however often the model changed meanwhile. And a
 * new tab builds only what it shows: its details, events and comparison wait until they are wanted.
 */
@ExtendWith(ApplicationExtension.class)
class JobTabViewLifetimeTest {
    private final Preferences preferences = Preferences.userRoot().node("app/fiv/tests/lifetime-view-" + System.nanoTime());
    private final DirectTaskExecutor executor = new DirectTaskExecutor();
    private final StatusMessages messages = new StatusMessages();
    private StackPane root;
    private JobTab tab;

    @Start
    void start(Stage primary) {
        AppSettings settings = new AppSettings(preferences);
        ExportSettings exportSettings = new ExportSettings(settings);
        TabServices services = new TabServices(executor, new FakeClipboard(),
                new ExportViewModel(new FakeDialogs(), exportSettings, executor, messages), exportSettings, messages);
        tab = new JobTab(URI.create("http://127.0.0.1:1/commandcenter/api"), job(table(20)), services);
        root = new StackPane();
        // Not TestFX's own stage: it keeps every event fired in that one, and with them their targets.
        Stage stage = new Stage();
        stage.setScene(new Scene(root, 900, 500));
        stage.show();
    }

    @AfterEach
    void tearDown() throws Exception {
        preferences.removeNode();
    }

    private static FailedItemsTable table(int rows) {
        List<List<String>> cells = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            cells.add(List.of("\\\\nas\\share\\file-" + i, i % 3 == 0 ? "Access is denied." : "The file is in use."));
        }
        return Tables.csv(List.of("Path", "Reason"), cells);
    }

    private static LoadedJob job(FailedItemsTable items) {
        JobSummary summary = new JobSummary(1005, "Completed w/ one or more errors", "Backup", "Backup", "Windows File System",
                "Incremental", 100, Optional.empty(), Optional.empty(), 100, items.rowCount(), 0, "fileserver01", "default",
                "defaultBackupSet", "Windows File System");
        return new LoadedJob(summary, items, 1000, Duration.ofMillis(5), true);
    }

    @Test
    void aNewTabBuildsItsDetailsEventsAndComparisonOnlyWhenTheyAreWanted(FxRobot robot) {
        JobTabView[] view = new JobTabView[1];
        robot.interact(() -> {
            view[0] = new JobTabView(tab, new ColumnLayouts(new AppSettings(preferences)), () -> { });
            root.getChildren().setAll(view[0]);
        });
        assertThat(robot.lookup("#failed-items-table").tryQuery()).as("the failed items show").isPresent();
        for (String part : List.of("#details-general", "#attempts-table", "#events-table", "#compare-bar", "#trend")) {
            assertThat(robot.lookup(part).tryQuery()).as(part + " is not built before it is wanted").isEmpty();
        }

        robot.interact(() -> view[0].showDetails());
        assertThat(robot.lookup("#details-general").tryQuery()).isPresent();
        assertThat(robot.lookup("#events-table").tryQuery()).isEmpty();
        robot.interact(() -> view[0].showEvents());
        assertThat(robot.lookup("#events-table").tryQuery()).isPresent();
        robot.interact(() -> view[0].dispose());
    }

    @Test
    void aClosedViewIsReleasedWhileItsTabModelLivesOn(FxRobot robot) {
        List<WeakReference<JobTabView>> view = new ArrayList<>();
        robot.interact(() -> {
            JobTabView shown = new JobTabView(tab, new ColumnLayouts(new AppSettings(preferences)), () -> { });
            root.getChildren().setAll(shown);
            view.add(new WeakReference<>(shown));
        });
        robot.interact(() -> view.get(0).get().showDetails());
        robot.interact(() -> view.get(0).get().showEvents());
        robot.interact(() -> tab.details().eventsTable().filterTextProperty().set("denied"));
        robot.interact(() -> view.get(0).get().showFailedItems());
        robot.interact(() -> {
            // A model that lives on and keeps changing: new rows, another reason chosen, new data.
            for (int i = 0; i < 5; i++) {
                tab.update(job(table(20 + i)));
                tab.table().toggleReason("Access is denied.");
            }
            tab.update(job(Tables.csv(List.of("Mailbox", "Error"), List.of(List.of("ann@example.com", "Throttled")))));
        });

        robot.interact(() -> {
            view.get(0).get().dispose();
            root.getChildren().clear();
        });

        assertThat(Collectable.isCollected(view.get(0))).as("the view is gone, though its tab's model is still referenced")
                .isTrue();
        assertThat(tab.table().totalCountProperty().get()).isEqualTo(1);
    }
}

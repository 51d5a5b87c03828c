package app.fiv.ui.table;

import static org.assertj.core.api.Assertions.assertThat;

import app.fiv.model.FailedItemsTable;
import app.fiv.model.SortKey;
import app.fiv.model.Tables;
import app.fiv.settings.AppSettings;
import app.fiv.testing.Collectable;
import app.fiv.ui.common.FakeClipboard;
import app.fiv.ui.common.StatusMessages;
import app.fiv.ui.task.DirectTaskExecutor;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.Preferences;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The table's columns follow the data's columns, not each newer table, and sized to fill the width. */
@ExtendWith(ApplicationExtension.class)
class TableColumnsUiTest {
    private final Preferences preferences = Preferences.userRoot().node("app/fiv/tests/columns-" + System.nanoTime());
    private final DirectTaskExecutor executor = new DirectTaskExecutor();
    private final StatusMessages messages = new StatusMessages();
    private final TableViewModel model = new TableViewModel(executor, messages);
    private FailedItemsTableView view;

    @Start
    void start(Stage stage) {
        CopyActions copy = new CopyActions(model, new FakeClipboard(), executor, messages, () -> true);
        view = new FailedItemsTableView(model, copy, new ColumnLayouts(new AppSettings(preferences)), selection -> { });
        stage.setScene(new Scene(new StackPane(view), 1400, 600));
        stage.show();
    }

    @AfterEach
    void tearDown() throws Exception {
        preferences.removeNode();
    }

    private static FailedItemsTable rows(int count, String... columns) {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            List<String> row = new ArrayList<>();
            for (String column : columns) {
                row.add(column.equals("Reason") ? "The process cannot access the file because it is being used by another process."
                        : column + " " + i);
            }
            rows.add(row);
        }
        return Tables.csv(List.of(columns), rows);
    }

    @Test
    void newBatchesKeepTheColumnsAndALateColumnJoinsAtTheEnd(FxRobot robot) {
        robot.interact(() -> model.show(rows(10, "Path", "Reason"), false));
        List<TableColumn<Integer, ?>> first = List.copyOf(view.getColumns());
        robot.interact(() -> {
            first.get(1).setVisible(false);
            model.sort(List.of(new SortKey(0, false)));
        });

        robot.interact(() -> model.show(rows(50, "Path", "Reason"), false));
        robot.interact(() -> model.show(rows(80, "Path", "Reason", "Owner"), true));

        assertThat(view.getColumns()).hasSize(3);
        assertThat(view.getColumns().subList(0, 2)).as("the same column objects, not rebuilt").containsExactlyElementsOf(first);
        assertThat(first.get(1).isVisible()).as("a hidden column stays hidden").isFalse();
        assertThat(view.getSortOrder()).containsExactly(first.get(0));
        assertThat(model.visibleColumnsProperty().get()).containsExactly(0, 2);
    }

    @Test
    void columnsOfEarlierDataAreReleased(FxRobot robot) {
        robot.interact(() -> model.show(rows(10, "Path", "Reason"), true));
        WeakReference<TableColumn<Integer, ?>> old = new WeakReference<>(view.getColumns().get(0));

        robot.interact(() -> model.show(rows(10, "Mailbox", "Error", "Size"), true));

        assertThat(view.getColumns()).extracting(TableColumn::getText).containsExactly("Mailbox", "Error", "Size");
        assertThat(Collectable.isCollected(old)).as("nothing on the tab's model holds the old column").isTrue();
    }

    @Test
    void columnsAreSizedToTheirContentAndTheLastOneTakesTheRoomLeft(FxRobot robot) {
        robot.interact(() -> model.show(rows(10, "Reason", "Path"), true));
        robot.interact(() -> { });

        TableColumn<Integer, ?> reason = view.getColumns().get(0);
        TableColumn<Integer, ?> path = view.getColumns().get(1);
        javafx.scene.text.Text text = new javafx.scene.text.Text(
                "The process cannot access the file because it is being used by another process.");
        assertThat(reason.getWidth()).as("the whole reason fits").isGreaterThan(Math.min(500, text.getLayoutBounds().getWidth()));
        assertThat(reason.getWidth() + path.getWidth()).as("no empty third of the table")
                .isGreaterThan(view.getWidth() - 60).isLessThanOrEqualTo(view.getWidth());
    }

    @Test
    void clickingAHeaderSortsTheRowsAndTheArrowStaysWithThem(FxRobot robot) {
        robot.interact(() -> model.show(Tables.csv(List.of("Path", "Size"), List.of(
                List.of("c", "10"), List.of("a", "9"), List.of("b", "100"))), true));

        robot.clickOn(robot.lookup(".column-header").nth(0).queryAs(javafx.scene.Node.class));

        assertThat(List.copyOf(view.getItems())).containsExactly(1, 2, 0);
        assertThat(view.getSortOrder()).as("the arrow shows the sort").containsExactly(view.getColumns().get(0));
        assertThat(model.sortKeysProperty().get()).containsExactly(new SortKey(0, true));

        robot.clickOn(robot.lookup(".column-header").nth(0).queryAs(javafx.scene.Node.class));

        assertThat(List.copyOf(view.getItems())).containsExactly(0, 2, 1);
        assertThat(model.sortKeysProperty().get()).containsExactly(new SortKey(0, false));
    }
}

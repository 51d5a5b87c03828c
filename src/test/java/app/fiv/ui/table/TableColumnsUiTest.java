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

    /** The header of exactly this column (the nested header around them all is a column header too). */
    private static javafx.scene.Node header(FxRobot robot, TableColumn<Integer, ?> column) {
        return robot.lookup(".column-header").match((javafx.scene.control.skin.TableColumnHeader h) ->
                h.getTableColumn() == column && !(h instanceof javafx.scene.control.skin.NestedTableColumnHeader)).query();
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

        robot.clickOn(header(robot, view.getColumns().get(0)));

        assertThat(List.copyOf(view.getItems())).containsExactly(1, 2, 0);
        assertThat(view.getSortOrder()).as("the arrow shows the sort").containsExactly(view.getColumns().get(0));
        assertThat(model.sortKeysProperty().get()).containsExactly(new SortKey(0, true));

        robot.clickOn(header(robot, view.getColumns().get(0)));

        assertThat(List.copyOf(view.getItems())).containsExactly(0, 2, 1);
        assertThat(model.sortKeysProperty().get()).containsExactly(new SortKey(0, false));
    }

    @Test
    void ofWideDataTheFirstHundredColumnsShowAndTheOthersWaitInTheChooser(FxRobot robot) {
        String[] names = new String[1000];
        for (int i = 0; i < names.length; i++) {
            names[i] = String.format(java.util.Locale.ROOT, "key%04d", i);
        }

        robot.interact(() -> model.show(rows(3, names), true));

        assertThat(view.getColumns()).hasSize(1000);
        assertThat(view.getVisibleLeafColumns()).hasSize(TableViewModel.MAX_FIRST_SHOWN);
        assertThat(view.getVisibleLeafColumns().get(49).getText()).isEqualTo("key0049");
        assertThat(model.visibleColumnsProperty().get()).hasSize(TableViewModel.MAX_FIRST_SHOWN);
    }

    @Test
    void theHeaderMenuActsOnTheColumnItOpenedOn(FxRobot robot) {
        robot.interact(() -> model.show(rows(3, "Path", "Reason", "Owner"), true));
        javafx.scene.Node ownerHeader = header(robot, view.getColumns().get(2));

        // Monocle makes no context-menu request of a right-click, so the test opens the header's menu itself.
        robot.interact(() -> view.getColumns().get(2).getContextMenu().show(ownerHeader, javafx.geometry.Side.BOTTOM, 0, 0));
        robot.clickOn(robot.lookup(".context-menu .label")
                .match((javafx.scene.control.Labeled l) -> l.getText().startsWith("Double-click")).queryAs(javafx.scene.Node.class));

        assertThat(model.pathColumnProperty().get()).isEqualTo(2);

        robot.interact(() -> view.getColumns().get(2).getContextMenu().show(ownerHeader, javafx.geometry.Side.BOTTOM, 0, 0));
        robot.clickOn(robot.lookup(".context-menu .label")
                .match((javafx.scene.control.Labeled l) -> l.getText().equals("Hide column")).queryAs(javafx.scene.Node.class));

        assertThat(view.getColumns().get(2).isVisible()).isFalse();
        assertThat(view.getColumns().get(0).isVisible()).isTrue();
        assertThat(model.visibleColumnsProperty().get()).containsExactly(0, 1);
    }
}

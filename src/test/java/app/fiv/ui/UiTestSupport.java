package app.fiv.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Shared steps of the UI tests: isolated settings, waiting for background work, reading the table. */
final class UiTestSupport {
    private UiTestSupport() {
    }

    static Preferences freshPreferences() {
        return Preferences.userRoot().node("app/fiv/tests/" + System.nanoTime());
    }

    static void remove(Preferences node) throws BackingStoreException {
        node.removeNode();
    }

    static void waitUntil(String what, BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (TimeoutException e) {
            throw new AssertionError("Timed out waiting until " + what, e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Labeled.class).getText();
    }

    static TableView<?> table(FxRobot robot) {
        return robot.lookup("#failed-items-table").queryAs(TableView.class);
    }

    static List<String> headers(FxRobot robot) {
        return table(robot).getColumns().stream().map(TableColumn::getText).toList();
    }

    /** The texts of the table cells actually drawn on screen. */
    static List<String> shownCells(FxRobot robot) {
        return robot.lookup("#failed-items-table .table-cell").queryAllAs(Labeled.class).stream()
                .map(Labeled::getText).filter(t -> t != null && !t.isEmpty()).toList();
    }

    static void assertShown(FxRobot robot, String cellText) {
        assertThat(shownCells(robot)).contains(cellText);
    }
}

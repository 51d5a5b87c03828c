package app.fiv.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.fiv.demo.DemoCommServe;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
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
        waitUntil(what, condition, () -> "");
    }

    /** Waits up to 20 s; on a time-out the message says what was awaited and what the state was then. */
    static void waitUntil(String what, BooleanSupplier condition, Supplier<String> state) {
        try {
            // A node that is not there yet counts as "not yet", not as a failure.
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
                try {
                    return condition.getAsBoolean();
                } catch (RuntimeException notYet) {
                    return false;
                }
            });
        } catch (TimeoutException e) {
            String now = state.get();
            throw new AssertionError("Timed out waiting until " + what + (now.isEmpty() ? "" : " (" + now + ")"), e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Types the demo account into the login dialog as an admin would, and presses Log in. */
    static void submitLogin(FxRobot robot, DemoCommServe server) {
        waitUntil("the login dialog opens", () -> robot.lookup("#login-server").tryQuery().isPresent());
        robot.clickOn("#login-server").write(server.webServiceUrl().toString());
        robot.clickOn("#login-user").write(DemoCommServe.USER);
        robot.clickOn("#login-password").write(DemoCommServe.PASSWORD);
        robot.clickOn("Log in");
    }

    /** Once logged in to the demo: Ctrl+L, the job ID, Enter, as an admin starts a fetch. */
    static void typeJobId(FxRobot robot, long jobId) {
        waitUntil("logged in to the demo", () -> text(robot, "#connection").startsWith("demo @"));
        robot.press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
        robot.write(Long.toString(jobId)).type(KeyCode.ENTER);
    }

    static String text(FxRobot robot, String query) {
        return shown(robot, query, Labeled.class).getText();
    }

    static TableView<?> table(FxRobot robot) {
        return shown(robot, "#failed-items-table", TableView.class);
    }

    /** The node the admin sees: tabs keep the content of the other jobs in the scene, hidden. */
    static <T extends Node> T shown(FxRobot robot, String query, Class<T> type) {
        return robot.lookup(query).match(UiTestSupport::treeVisible).tryQueryAs(type)
                .orElseGet(() -> robot.lookup(query).queryAs(type));
    }

    static boolean treeVisible(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }

    static List<String> headers(FxRobot robot) {
        return table(robot).getColumns().stream().map(TableColumn::getText).toList();
    }

    /** The texts of the table cells actually drawn on screen. */
    static List<String> shownCells(FxRobot robot) {
        return robot.lookup("#failed-items-table .table-cell").match(UiTestSupport::treeVisible).queryAllAs(Labeled.class).stream()
                .map(Labeled::getText).filter(t -> t != null && !t.isEmpty()).toList();
    }

    static void assertShown(FxRobot robot, String cellText) {
        assertThat(shownCells(robot)).contains(cellText);
    }
}

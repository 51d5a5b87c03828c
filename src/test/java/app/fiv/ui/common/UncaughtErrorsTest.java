package app.fiv.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Alert;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** An error that repeats opens one dialog, which counts the rest, instead of a dialog each. */
@ExtendWith(ApplicationExtension.class)
class UncaughtErrorsTest {
    private final UncaughtErrors errors = UncaughtErrors.forTest();

    @Start
    void start(Stage stage) {
        stage.show();
    }

    @AfterEach
    void closeDialogs(FxRobot robot) {
        robot.interact(() -> {
            if (errors.shown() != null) {
                errors.shown().close();
            }
        });
    }

    private static List<Window> dialogs() {
        return Window.getWindows().stream().filter(window -> window.getScene() != null
                && window.getScene().getRoot() instanceof javafx.scene.control.DialogPane).toList();
    }

    @Test
    void repeatedErrorsShowOneDialogThatCountsTheOthers(FxRobot robot) throws Exception {
        Thread worker = new Thread(() -> {
            for (int i = 0; i < 5; i++) {
                errors.uncaught(Thread.currentThread(), new IllegalStateException("layout failed " + i));
            }
        }, "failing-worker");
        worker.start();
        worker.join(TimeUnit.SECONDS.toMillis(5));
        WaitForAsyncUtils.waitForFxEvents();

        Alert alert = errors.shown();
        assertThat(WaitForAsyncUtils.asyncFx(UncaughtErrorsTest::dialogs).get()).hasSize(1);
        assertThat(alert.getContentText()).contains("layout failed 0").contains("4 more unexpected errors since");
    }

    @Test
    void onceTheDialogIsClosedTheNextErrorOpensAFreshOne(FxRobot robot) throws Exception {
        robot.interact(() -> errors.uncaught(Thread.currentThread(), new IllegalStateException("first")));
        robot.interact(() -> errors.shown().close());

        robot.interact(() -> errors.uncaught(Thread.currentThread(), new IllegalStateException("second")));

        assertThat(errors.shown().getContentText()).contains("second").doesNotContain("more unexpected");
        assertThat(WaitForAsyncUtils.asyncFx(UncaughtErrorsTest::dialogs).get()).hasSize(1);
    }
}

package app.fiv.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import app.fiv.ui.login.LoginDialog;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** FIV_SMOKE_TEST=first-window: one line and an exit once the main window and its login dialog show. */
class FirstWindowCheckTest {
    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final AtomicInteger exits = new AtomicInteger();
    private Stage main;
    private Dialog<Void> dialog;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void closeWindows() throws Exception {
        onFx(() -> {
            if (dialog != null) {
                dialog.close();
            }
            if (main != null) {
                main.close();
            }
        });
    }

    private void install(Map<String, String> env) throws Exception {
        onFx(() -> {
            main = new Stage();
            main.setTitle("Failed Items Viewer");
            main.setScene(new Scene(new StackPane(), 300, 200));
            FirstWindowCheck.installIfRequested(main, env::get, lines::add, exits::incrementAndGet);
        });
    }

    private void showMain() throws Exception {
        onFx(main::show);
    }

    private void showDialog(String styleClass) throws Exception {
        onFx(() -> {
            dialog = new Dialog<>();
            dialog.initOwner(main);
            dialog.setTitle("Log in to a CommServe");
            dialog.getDialogPane().getStyleClass().add(styleClass);
            dialog.getDialogPane().getButtonTypes().add(ButtonType.CANCEL);
            dialog.show();
        });
    }

    @Test
    void printsOneLineAndExitsOnceTheMainWindowAndTheLoginDialogShow() throws Exception {
        install(Map.of(FirstWindowCheck.VARIABLE, FirstWindowCheck.FIRST_WINDOW));
        showMain();
        settle();
        assertThat(lines).as("the main window alone is not the login window").isEmpty();

        showDialog(LoginDialog.STYLE_CLASS);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> exits.get() > 0);

        assertThat(lines).containsExactly(FirstWindowCheck.SHOWN
                + "Failed Items Viewer; dialog: Log in to a CommServe; theme: " + FirstWindowCheck.theme());
        Stage later = WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> new Stage()));
        onFx(() -> {
            later.initOwner(main);
            later.setScene(new Scene(new StackPane(), 100, 100));
            later.show();
        });
        settle();
        onFx(later::close);
        assertThat(exits).as("reported once, however many windows change after").hasValue(1);
    }

    @Test
    void anotherDialogIsNotTheLoginDialog() throws Exception {
        install(Map.of(FirstWindowCheck.VARIABLE, FirstWindowCheck.FIRST_WINDOW));
        showMain();
        showDialog("about-dialog");
        settle();
        assertThat(lines).isEmpty();
        assertThat(exits).hasValue(0);
    }

    @Test
    void withoutTheVariableOrWithAnUnknownValueTheAppRunsOnNormally() throws Exception {
        for (Map<String, String> env : List.of(Map.<String, String>of(), Map.of(FirstWindowCheck.VARIABLE, "everything"))) {
            install(env);
            showMain();
            showDialog(LoginDialog.STYLE_CLASS);
            settle();
            assertThat(lines).as("with %s", env).isEmpty();
            assertThat(exits).hasValue(0);
            closeWindows();
        }
    }

    @Test
    void theThemeIsNamedByItsStylesheetOrAsJavaFxsDefault() throws Exception {
        String before = Application.getUserAgentStylesheet();
        try {
            onFx(() -> Application.setUserAgentStylesheet("file:/x/app/fiv/ui/theme/primer-dark.css"));
            assertThat(FirstWindowCheck.theme()).isEqualTo("primer-dark.css");
            onFx(() -> Application.setUserAgentStylesheet(null));
            assertThat(FirstWindowCheck.theme()).isEqualTo("JavaFX default (Modena)");
        } finally {
            onFx(() -> Application.setUserAgentStylesheet(before));
        }
    }

    /** Long enough for the check's few frames: what has not happened by then would not. */
    private static void settle() throws Exception {
        WaitForAsyncUtils.sleep(400, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void onFx(Runnable action) throws Exception {
        WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(action));
    }
}

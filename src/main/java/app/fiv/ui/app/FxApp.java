package app.fiv.ui.app;

import app.fiv.ui.common.UncaughtErrors;
import app.fiv.ui.jobactions.HostServicesBrowser;
import java.util.List;
import javafx.application.Application;
import javafx.stage.Stage;

/** The JavaFX application: wiring only. */
public final class FxApp extends Application {
    private AppContext context;

    /** Starts the window; returns when it closes. */
    public static void run(String[] args) {
        launch(FxApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        UncaughtErrors.install();
        FirstWindowCheck.installIfRequested(stage);
        List<String> args = getParameters().getRaw();
        context = AppContext.forCurrentUser().withBrowser(new HostServicesBrowser(getHostServices()));
        context.start(stage, args.contains("--demo"));
    }

    @Override
    public void stop() {
        if (context != null) {
            context.close();
        }
    }
}

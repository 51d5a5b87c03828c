package app.fiv.bench;

import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/**
 * The start-up floor: a JavaFX window with one label and nothing else, timed by
 * packaging/startup-time.sh like the app (it prints the same line once its window has drawn the
 * same number of frames, then exits). What the app takes beyond this is its own.
 */
public final class FloorWindow {
    private FloorWindow() {
    }

    public static void main(String[] args) {
        Application.launch(Shown.class, args);
    }

    /** Not the main class itself: with JavaFX on the class path, a main class that is an Application is refused. */
    public static final class Shown extends Application {
        @Override
        public void start(Stage stage) {
            stage.setTitle("JavaFX floor");
            stage.setScene(new Scene(new Label("Failed Items Viewer"), 400, 300));
            stage.show();
            new AnimationTimer() {
                private int left = 3; // as the app's FirstWindowCheck

                @Override
                public void handle(long now) {
                    if (--left <= 0) {
                        stop();
                        System.out.println("fiv: window shown: " + stage.getTitle());
                        Platform.exit();
                    }
                }
            }.start();
        }
    }
}

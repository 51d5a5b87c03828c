package app.fiv.ui.task;

/** A started background task. */
public interface TaskHandle {
    /** Stops the work at once (closing its downloads); its cancelled callback runs. */
    void cancel();

    boolean isDone();
}

package app.fiv.ui.task;

/** A started background task. */
public interface TaskHandle {
    /** Stops the work at once (closing its downloads); its cancelled callback runs, and nothing after it. */
    void cancel();

    /** True once success, failure or cancel has been delivered. */
    boolean isDone();
}

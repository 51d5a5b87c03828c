package app.fiv.ui.task;

import app.fiv.api.CancelSignal;

/** What running work may use: its cancel signal, and ways to say how far it has got. */
public interface TaskContext<P> {
    CancelSignal cancelSignal();

    /** Shown to the admin; calls are cheap and may be coalesced. */
    void updateMessage(String message);

    /** How much of the work is done; calls are cheap and may be coalesced. */
    void updateProgress(long done, long total);

    /**
     * An intermediate result (the rows so far of a download). Calls are coalesced: while the FX
     * thread is busy only the newest one waits, so publishing often costs the UI nothing.
     */
    void publish(P partial);
}

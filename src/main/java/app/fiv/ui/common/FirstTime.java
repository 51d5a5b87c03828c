package app.fiv.ui.common;

import javafx.beans.value.ObservableValue;
import javafx.util.Subscription;

/**
 * Builds a part of a view the first time it is needed (now, if it already is). Most tabs never
 * compare or open their details: building those parts up front cost every new tab their nodes,
 * their CSS and their layout on the FX thread.
 */
public final class FirstTime {
    private FirstTime() {
    }

    /** Runs {@code build} once, when {@code needed} first holds true; unsubscribe when the view goes. */
    public static Subscription whenTrue(ObservableValue<Boolean> needed, Runnable build) {
        boolean[] built = {false};
        return needed.subscribe(now -> {
            if (!built[0] && Boolean.TRUE.equals(now)) {
                built[0] = true;
                build.run();
            }
        });
    }
}

package app.fiv.ui.common;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** The status bar's message and the error banner's text, for every feature of the window to tell. */
public final class StatusMessages implements Notices {
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    @Override
    public void status(String message) {
        status.set(message == null ? "" : message);
    }

    @Override
    public void error(String message) {
        error.set(message == null ? "" : message);
    }

    /** The admin closed the banner, or what it said no longer holds. */
    public void dismissError() {
        error.set("");
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}

package app.fiv.ui.common;

/** Where a feature tells the admin what happened: the status bar, or the error banner. */
public interface Notices {
    void status(String message);

    void error(String message);
}

package app.fiv.ui.main;

/** What the main window's menus and buttons ask of the window around them. */
public interface MainActions {
    void logIn();

    void logOut();

    /** Opens the connection timeouts, which hold for every server. */
    void connectionTimeouts();

    void about();

    void quit();
}

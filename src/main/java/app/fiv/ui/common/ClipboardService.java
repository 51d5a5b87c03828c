package app.fiv.ui.common;

/** Where copied text goes: the system clipboard in the app, a plain field in tests. */
public interface ClipboardService {
    void putText(String text);

    /** The clipboard's text, or an empty string when it holds none. */
    String text();
}

package app.fiv.ui.common;

import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;

/** The system clipboard; must be used on the FX thread. */
public final class SystemClipboard implements ClipboardService {
    @Override
    public void putText(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }

    @Override
    public String text() {
        String text = Clipboard.getSystemClipboard().getString();
        return text == null ? "" : text;
    }
}

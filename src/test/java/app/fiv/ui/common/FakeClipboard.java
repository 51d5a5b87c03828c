package app.fiv.ui.common;

/** A clipboard of the test's own, which any thread may read. */
public final class FakeClipboard implements ClipboardService {
    private volatile String text = "";

    @Override
    public void putText(String text) {
        this.text = text;
    }

    @Override
    public String text() {
        return text;
    }
}

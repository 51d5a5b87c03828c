package app.fiv.demo;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/** Passes everything on and notes whether the body paused, which makes its answer unfit to keep. */
final class PaceWatchingSink implements FailedItemsSink {

    private final FailedItemsSink sink;
    private boolean paced;

    PaceWatchingSink(FailedItemsSink sink) {
        this.sink = sink;
    }

    boolean paced() {
        return paced;
    }

    @Override
    public void verbatimJson(byte[] json) throws IOException {
        sink.verbatimJson(json);
    }

    @Override
    public void beginList() throws IOException {
        sink.beginList();
    }

    @Override
    public void item(Map<String, ?> fields) throws IOException {
        sink.item(fields);
    }

    @Override
    public void beginCsv(List<String> columns) throws IOException {
        sink.beginCsv(columns);
    }

    @Override
    public void row(List<String> cells) throws IOException {
        sink.row(cells);
    }

    @Override
    public void end() throws IOException {
        sink.end();
    }

    @Override
    public void pace(long millis) throws IOException {
        paced = true;
        sink.pace(millis);
    }
}

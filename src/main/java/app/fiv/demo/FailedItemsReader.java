package app.fiv.demo;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/** A sink that ignores everything; a data set overrides what it wants to read back from its own items. */
abstract class FailedItemsReader implements FailedItemsSink {

    @Override
    public void verbatimJson(byte[] json) throws IOException {
        FailedItemsReplay.replay(json, this);
    }

    @Override
    public void beginList() {
    }

    @Override
    public void item(Map<String, ?> fields) {
    }

    @Override
    public void beginCsv(List<String> columns) {
    }

    @Override
    public void row(List<String> cells) {
    }

    @Override
    public void end() {
    }
}

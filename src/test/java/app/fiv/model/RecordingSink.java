package app.fiv.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Writes down every call a reader makes, in order, to check what a streaming consumer sees. */
final class RecordingSink implements RowSink {
    final List<String> events = new ArrayList<>();
    final List<List<String>> rows = new ArrayList<>();
    final List<String> columns = new ArrayList<>();

    @Override
    public void begin(Shape shape) {
        events.add("begin " + shape);
    }

    @Override
    public void columns(int first, List<String> names) {
        columns.subList(first, columns.size()).clear();
        columns.addAll(names);
        events.add("columns " + (first == 0 ? "" : "from " + first + " ") + names);
    }

    @Override
    public void row(String[] cells) {
        rows.add(Arrays.asList(cells));
        events.add("row " + Arrays.toString(cells));
    }

    @Override
    public void end() {
        events.add("end");
    }
}

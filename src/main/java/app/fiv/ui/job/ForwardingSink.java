package app.fiv.ui.job;

import app.fiv.model.RowSink;
import app.fiv.model.Shape;
import app.fiv.model.TableBuilder;
import java.util.List;

/** A {@link RowSink} that hands everything to a table builder, for subclasses to watch. */
class ForwardingSink implements RowSink {
    private final TableBuilder builder;

    ForwardingSink(TableBuilder builder) {
        this.builder = builder;
    }

    TableBuilder builder() {
        return builder;
    }

    @Override
    public void begin(Shape shape) {
        builder.begin(shape);
    }

    @Override
    public void columns(int first, List<String> names) {
        builder.columns(first, names);
    }

    @Override
    public void row(String[] cells) {
        builder.row(cells);
    }

    @Override
    public void end() {
        builder.end();
    }
}

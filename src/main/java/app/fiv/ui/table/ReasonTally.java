package app.fiv.ui.table;

import app.fiv.model.FailedItemsTable;
import app.fiv.model.ReasonCount;
import app.fiv.model.ReasonCounts;
import app.fiv.model.RowFilter;
import app.fiv.model.RowOrder;
import app.fiv.ui.common.ErrorMessages;
import app.fiv.ui.common.Notices;
import app.fiv.ui.task.BackgroundTask;
import app.fiv.ui.task.TaskExecutor;
import app.fiv.ui.task.TaskHandle;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/** The reasons panel's counts of a table, worked out in the background; a newer table cancels an older count. */
final class ReasonTally {
    private final TaskExecutor executor;
    private final Notices notices;
    private final ReadOnlyObjectWrapper<List<ReasonCount>> reasons = new ReadOnlyObjectWrapper<>(List.of());
    private TaskHandle running;

    ReasonTally(TaskExecutor executor, Notices notices) {
        this.executor = executor;
        this.notices = notices;
    }

    /**
     * Counts the column's reasons; {@code counted} is told the counts once they are shown.
     *
     * @param rows which rows count (a comparison's change chosen), or null for all
     */
    void count(FailedItemsTable table, int column, RowFilter rows, Consumer<List<ReasonCount>> counted) {
        cancel();
        if (column < 0) {
            return;
        }
        running = BackgroundTask.wrap(context -> rows == null
                        ? ReasonCounts.count(table, column, context.cancelSignal()::isCancelled)
                        : ReasonCounts.count(table, column, rows.apply(table, RowOrder.natural(table.rowCount()),
                                context.cancelSignal()::isCancelled), context.cancelSignal()::isCancelled))
                .onSuccess(counts -> {
                    reasons.set(counts);
                    counted.accept(counts);
                })
                .onFailure(error -> notices.error("The failure reasons could not be counted: " + ErrorMessages.of(error)))
                .executeWith(executor);
    }

    void clear() {
        reasons.set(List.of());
    }

    void cancel() {
        if (running != null && !running.isDone()) {
            running.cancel();
        }
    }

    ReadOnlyObjectProperty<List<ReasonCount>> reasonsProperty() {
        return reasons.getReadOnlyProperty();
    }
}

package app.fiv.ui.compare;

import app.fiv.compare.Change;
import app.fiv.model.FailedItemsTable;
import app.fiv.model.RowFilter;
import app.fiv.model.RowOrder;
import app.fiv.ui.table.TableViewModel;
import app.fiv.ui.task.BackgroundTask;
import app.fiv.ui.task.TaskExecutor;
import app.fiv.ui.task.TaskHandle;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.util.Subscription;

/**
 * Of a compared table with known failures marked, how many rows are new and not known: the
 * number an admin acts on. Counted in the background each time the table shown changes; -1 while
 * the table is no comparison or no rule applies to it.
 */
final class NewNotKnown {
    private final TableViewModel table;
    private final TaskExecutor executor;
    private final ReadOnlyIntegerWrapper count = new ReadOnlyIntegerWrapper(-1);
    private final Subscription subscription;
    private TaskHandle running;

    NewNotKnown(TableViewModel table, TaskExecutor executor) {
        this.table = table;
        this.executor = executor;
        this.subscription = table.tableProperty().subscribe(this::count);
    }

    private void count(FailedItemsTable shown) {
        cancel();
        int known = table.knownColumnProperty().get();
        int change = table.changeColumnProperty().get();
        if (shown == null || known < 0 || change < 0) {
            count.set(-1);
            return;
        }
        running = BackgroundTask.wrap(context -> {
            int[] added = RowFilter.only(change, Change.NEW.text())
                    .apply(shown, RowOrder.natural(shown.rowCount()), context.cancelSignal()::isCancelled);
            return RowFilter.keepBlank(shown, known, added, context.cancelSignal()::isCancelled).length;
        }).onSuccess(count::set).executeWith(executor);
    }

    void close() {
        cancel();
        subscription.unsubscribe();
    }

    private void cancel() {
        if (running != null && !running.isDone()) {
            running.cancel();
        }
    }

    ReadOnlyIntegerProperty countProperty() {
        return count.getReadOnlyProperty();
    }
}

package app.fiv.ui.known;

import app.fiv.known.KnownMarks;
import app.fiv.known.KnownMatcher;
import app.fiv.known.KnownRules;
import app.fiv.known.MatchTarget;
import app.fiv.model.ColumnPlacement;
import app.fiv.model.FailedItemsTable;
import app.fiv.ui.common.ErrorMessages;
import app.fiv.ui.common.Notices;
import app.fiv.ui.table.TableViewModel;
import app.fiv.ui.task.BackgroundTask;
import app.fiv.ui.task.TaskExecutor;
import app.fiv.ui.task.TaskHandle;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.util.Subscription;

/**
 * A tab's known failures: each table the tab gets is marked by its server's rules in the
 * background and shown with a first column, Known, of the notes; without rules it is shown as it
 * is. New rules mark the rows again at once. While a download adds rows, a batch that arrives
 * during a marking waits for it and then only its new rows are marked, so marks keep up with a
 * million-row download.
 */
public final class KnownMarking {
    /** The window's name of the column; the command line's is {@code known}. */
    public static final String COLUMN = "Known";

    private final TableViewModel table;
    private final TaskExecutor executor;
    private final Notices notices;
    private final ReadOnlyObjectWrapper<KnownMarks> marks = new ReadOnlyObjectWrapper<>();
    private KnownRules rules = KnownRules.NONE;
    private FailedItemsTable items;
    private boolean complete;
    private String client;
    private int change = -1;
    private int clientColumn = -1;
    // The marks of the last batch marked, while they may grow: a download's rows so far.
    private KnownMarks growing;
    private TaskHandle running;
    private boolean batchWaiting;
    private boolean runningGrows;
    private Subscription following = Subscription.EMPTY;

    public KnownMarking(TableViewModel table, TaskExecutor executor, Notices notices) {
        this.table = table;
        this.executor = executor;
        this.notices = notices;
    }

    /** The rules of this book (null: none) mark the rows, now and whenever they change. */
    public void follow(ObservableValue<RuleBook> book) {
        following.unsubscribe();
        following = book.flatMap(RuleBook::rulesProperty).orElse(KnownRules.NONE).subscribe(now -> {
            if (!now.equals(rules)) {
                rules = now;
                growing = null;
                mark(true);
            }
        });
    }

    /**
     * Shows a table of the tab: a newer one of the same job, or the next batch of its download.
     *
     * @param whole  false for the rows so far of a download
     * @param client the rows' client, or null when not known (a saved answer)
     */
    public void show(FailedItemsTable next, boolean whole, String client) {
        show(next, whole, client, -1, -1);
    }

    /**
     * The same for a comparison's table, whose column {@code change} is the comparison's Change
     * (the Known column goes before it, as before any table's columns).
     */
    public void showCompared(FailedItemsTable next, boolean whole, String client, int change) {
        show(next, whole, client, -1, change);
    }

    /**
     * As {@link #show(FailedItemsTable, boolean, String)}, for rows of many clients (a table of
     * many jobs): each row's client is its cell in {@code clientColumn}.
     */
    public void showOfMany(FailedItemsTable next, boolean whole, int clientColumn) {
        show(next, whole, null, clientColumn, -1);
    }

    /** A comparison of many jobs: each row's client in {@code clientColumn}, the comparison's Change in {@code change}. */
    public void showComparedOfMany(FailedItemsTable next, boolean whole, int clientColumn, int change) {
        show(next, whole, null, clientColumn, change);
    }

    private void show(FailedItemsTable next, boolean whole, String client, int clientColumn, int change) {
        this.change = change;
        // Only a download's rows so far keep marks to grow from; a refresh or a saved answer read again starts afresh.
        this.items = next;
        this.complete = whole;
        this.client = client;
        this.clientColumn = clientColumn;
        mark(false);
    }

    private void mark(boolean rulesChanged) {
        if (items == null) {
            return;
        }
        if (rules.isEmpty()) {
            cancel();
            marks.set(null);
            table.show(items, complete, -1, change);
            return;
        }
        if (running != null && !running.isDone()) {
            if (!rulesChanged && runningGrows) {
                batchWaiting = true;
                return;
            }
            running.cancel();
        }
        start();
    }

    private void start() {
        batchWaiting = false;
        FailedItemsTable current = items;
        boolean whole = complete;
        KnownRules now = rules;
        KnownMarks previous = growing;
        MatchTarget found = MatchTarget.of(current, client);
        MatchTarget target = clientColumn < 0 ? found
                : new MatchTarget(found.reasonColumn(), found.pathColumn(), clientColumn, null);
        int changeColumn = change;
        runningGrows = !whole;
        running = BackgroundTask.wrap(context -> KnownMatcher.extend(previous, current, now, target,
                        context.cancelSignal()::isCancelled))
                .onSuccess(result -> {
                    growing = whole ? null : result;
                    marks.set(result);
                    table.show(current.withColumns(ColumnPlacement.FIRST, result.column(COLUMN)), whole, 0,
                            changeColumn < 0 ? -1 : changeColumn + 1);
                    if (batchWaiting) {
                        start();
                    }
                })
                .onFailure(error -> {
                    notices.error("The known failures could not be marked: " + ErrorMessages.of(error));
                    table.show(current, whole, -1, changeColumn);
                })
                .executeWith(executor);
    }

    private void cancel() {
        if (running != null && !running.isDone()) {
            running.cancel();
        }
        batchWaiting = false;
    }

    /** The tab is closed: marking stops and the rules are no longer followed. */
    public void close() {
        cancel();
        following.unsubscribe();
    }

    /** The marks of the table shown, or null when no rule applies to it. */
    public ReadOnlyObjectProperty<KnownMarks> marksProperty() {
        return marks.getReadOnlyProperty();
    }
}

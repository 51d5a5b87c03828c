package app.fiv.ui.known;

import app.fiv.known.KnownRule;
import app.fiv.known.PathSuggestion;
import app.fiv.known.ReasonMatch;
import app.fiv.model.FailedItemsTable;
import app.fiv.ui.common.ErrorMessages;
import app.fiv.ui.common.Notices;
import app.fiv.ui.job.Sizes;
import app.fiv.ui.task.BackgroundTask;
import app.fiv.ui.task.TaskExecutor;
import java.util.AbstractList;
import java.util.function.Supplier;

/**
 * "Mark as known" from rows or a reason: the rule dialog opens prefilled from what was chosen (the
 * reason when the rows share one, exactly; the item's path, or the folder several share with
 * {@code **}; the client, for rows), and the saved rule goes to the server's book, which every
 * open tab of that server follows. A big selection is looked at in the background.
 */
public final class MarkAsKnown {
    static final String NO_SERVER = "Known failures are kept for each CommServe: log in to the one whose"
            + " known failures apply, then mark them.";
    private static final int INLINE_ROWS = 10_000;

    private final KnownFailures known;
    private final TaskExecutor executor;
    private final Notices notices;

    MarkAsKnown(KnownFailures known, TaskExecutor executor, Notices notices) {
        this.known = known;
        this.executor = executor;
        this.notices = notices;
    }

    /**
     * @param book   the server's book, or null (a saved answer when not logged in)
     * @param rows   table rows, in display order
     * @param client the rows' client, or null when not known
     * @param what   the rows in words: "3 selected rows of job 1005"
     */
    public void rows(RuleBook book, FailedItemsTable table, int[] rows, int reasonColumn, int pathColumn, String client,
                     String what) {
        if (!ready(book)) {
            return;
        }
        if (rows.length == 0) {
            notices.status("Select the rows to mark as known first.");
            return;
        }
        Supplier<RuleDraft> draft = () -> draft(book, table, rows, reasonColumn, pathColumn, client, what);
        if (rows.length <= INLINE_ROWS) {
            edit(book, draft.get());
            return;
        }
        notices.status("Looking at " + Sizes.rows(rows.length) + " to mark as known…");
        BackgroundTask.wrap(context -> draft.get())
                .onSuccess(ready -> edit(book, ready))
                .onFailure(error -> notices.error("The rows could not be marked as known: " + ErrorMessages.of(error)))
                .executeWith(executor);
    }

    /** Every row with this reason (of any path), for this client if the admin keeps it. */
    public void reason(RuleBook book, String reason, String client, String what) {
        if (ready(book)) {
            edit(book, new RuleDraft("Mark as known", scope(book, "a failure reason of " + what), null, reason, ReasonMatch.EXACT,
                    "", client == null ? "" : client, false, ""));
        }
    }

    private boolean ready(RuleBook book) {
        if (book == null) {
            notices.error(NO_SERVER);
            return false;
        }
        if (!book.loadedProperty().get()) {
            notices.status("The known failures of " + book.host() + " are still being read; try again in a moment.");
            return false;
        }
        return true;
    }

    private static RuleDraft draft(RuleBook book, FailedItemsTable table, int[] rows, int reasonColumn, int pathColumn,
                                   String client, String what) {
        String reason = reasonColumn < 0 ? "" : table.cell(rows[0], reasonColumn);
        for (int i = 1; i < rows.length && !reason.isEmpty(); i++) {
            if (!table.cell(rows[i], reasonColumn).equals(reason)) {
                reason = "";
            }
        }
        String path = pathColumn < 0 ? "" : PathSuggestion.forPaths(new AbstractList<>() {
            @Override
            public String get(int index) {
                return table.cell(rows[index], pathColumn);
            }

            @Override
            public int size() {
                return rows.length;
            }
        });
        return new RuleDraft("Mark as known", scope(book, what), null, reason, ReasonMatch.EXACT, path,
                client == null ? "" : client, client != null && !path.isEmpty(), "");
    }

    private static String scope(RuleBook book, String what) {
        return "From " + what + ". The rule is kept for " + book.host() + " and marks the rows of every job from it.";
    }

    private void edit(RuleBook book, RuleDraft draft) {
        known.editor().edit(draft).ifPresent(rule -> add(book, rule));
    }

    private void add(RuleBook book, KnownRule rule) {
        if (book.rules().rules().stream().anyMatch(rule::sameAs)) {
            notices.status("That known failure is already there: " + rule.describe() + ".");
            return;
        }
        book.save(book.rules().with(rule), "Marked as known: " + rule.describe() + ".");
    }
}

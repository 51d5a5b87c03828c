package app.fiv.ui.jobs;

import app.fiv.api.JobSummary;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Something an admin can do with the selected job. The jobs view offers every action of its
 * view-model ({@link JobsViewModel#actions()}) in the job's context menu and in its "Job" menu
 * button, in order; features add theirs with {@link JobsViewModel#addAction} (e.g. "Resubmit job…").
 *
 * @param id         a short name of its own ({@code "open"}, {@code "resubmit"}); the menu item's ID is
 *                   {@code job-action-<id>}
 * @param label      the menu item's text, with an optional mnemonic ({@code "_Open failed items"})
 * @param applies    whether the action makes sense for a job (a menu item is disabled otherwise)
 * @param run        what it does, on the FX thread
 */
public record JobAction(String id, String label, Predicate<JobSummary> applies, Consumer<JobSummary> run) {
    /** An action for every job. */
    public static JobAction always(String id, String label, Consumer<JobSummary> run) {
        return new JobAction(id, label, job -> true, run);
    }
}

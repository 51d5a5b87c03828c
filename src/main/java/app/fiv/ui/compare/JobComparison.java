package app.fiv.ui.compare;

import app.fiv.api.JobSummary;
import app.fiv.compare.ComparedTable;
import app.fiv.jobs.LoadedJob;
import app.fiv.multijob.ManyJobsTable;
import app.fiv.session.SessionKeeper;
import app.fiv.ui.common.ErrorMessages;
import app.fiv.ui.common.Notices;
import app.fiv.ui.jobactions.SessionAccess;
import app.fiv.ui.task.BackgroundTask;
import app.fiv.ui.task.TaskExecutor;
import app.fiv.ui.task.TaskHandle;
import app.fiv.ui.table.TableViewModel;
import app.fiv.ui.task.Work;
import java.net.URI;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * A job tab's comparison with another run of it: the previous run, found on the CommServe, or a
 * job the admin names. The work (find, fetch, compare) runs in the background; the tab shows the
 * compared table once it is ready and its plain rows until then. A job without a previous run, or
 * whose other run has no failed items, is told so in words and the table stays as it is. A failed
 * fetch of the other job is shown as any fetch's error and leaves what the tab showed. A refresh
 * of the tab compares its new rows with the same earlier job; closing the tab stops the work.
 *
 * <p>A tab of many jobs compares each job with its own previous run ({@link ManyComparisonWork});
 * the jobs left out (no previous run, or one that could not be read) are named in the counts line.
 * Comparing with a job the admin names is a job's alone.
 */
public final class JobComparison {
    /** Where the comparison is: none, working, shown, or nothing to compare (told in {@link #noteProperty}). */
    public enum Phase { OFF, WORKING, SHOWN, NOTHING }

    private final URI server;
    private final SessionAccess session;
    private final CompareServices services;
    private final TaskExecutor executor;
    private final Notices notices;
    private final ComparisonWork work;
    private final ManyRuns many;
    private final ReadOnlyObjectWrapper<Phase> phase = new ReadOnlyObjectWrapper<>(Phase.OFF);
    private final ReadOnlyObjectWrapper<ComparedTable> compared = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<JobSummary> earlierJob = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper available = new ReadOnlyBooleanWrapper();
    private final NewNotKnown newNotKnown;
    private final StringBinding line;
    private LoadedJob current;
    private LoadedJob earlier;
    private long asked;
    private TaskHandle running;

    /** @param server the tab's CommServe, or null for a saved answer, which cannot be compared */
    public JobComparison(URI server, SessionAccess session, CompareServices services, TableViewModel table,
                         TaskExecutor executor, Notices notices) {
        this.server = server;
        this.many = new ManyRuns(services.previousRuns());
        this.newNotKnown = new NewNotKnown(table, executor);
        this.line = Bindings.createStringBinding(() -> {
            ComparedTable shown = compared.get();
            int notKnown = newNotKnown.countProperty().get();
            String ofMany = shown == null ? null : many.line(shown.counts(), notKnown);
            return ofMany != null ? ofMany : shown == null || earlierJob.get() == null ? note.get()
                    : CountsLine.of(shown.counts(), earlierJob.get(), services.zone(), notKnown);
        }, compared, earlierJob, note, newNotKnown.countProperty());
        this.session = session;
        this.services = services;
        this.executor = executor;
        this.notices = notices;
        this.work = new ComparisonWork(services.previousRuns(), services.fetcher());
    }

    /** Compares with the latest finished run of the same subclient that ended before this job started. */
    public void withPrevious() {
        start(0, null);
    }

    /** Compares with the job of this ID. */
    public void with(long jobId) {
        if (refusedForMany()) {
            return;
        }
        if (current != null && jobId == current.jobId()) {
            notices.error("Job " + jobId + " is this tab's job: choose another job to compare it with.");
            return;
        }
        start(jobId, earlier != null && earlier.jobId() == jobId ? earlier : null);
    }

    /** Asks for a job ID (checked as it is typed) and compares with that job. */
    public void askForJob() {
        if (refusedForMany() || !canStart()) {
            return;
        }
        OtherJobQuestion.ask(services.dialogs(), notices, current.jobId(),
                earlier == null ? OptionalLong.empty() : OptionalLong.of(earlier.jobId()), this::with);
    }

    /** Back to the job's own rows; work still running stops. */
    public void stop() {
        cancel();
        asked = 0;
        earlier = null;
        many.clear();
        earlierJob.set(null);
        compared.set(null);
        note.set("");
        phase.set(Phase.OFF);
    }

    /** The tab shows a newer fetch of its job: a comparison shown is made again with its rows. */
    public void currentChanged(LoadedJob loaded) {
        current = loaded;
        available.set(server != null && loaded.complete());
        if (phase.get() == Phase.OFF || !loaded.complete()) {
            return;
        }
        cancel();
        if (many.active()) {
            start(0, null);
        } else if (phase.get() == Phase.NOTHING && earlier == null) {
            start(asked, null);
        } else if (earlier != null) {
            start(asked, earlier);
        }
    }

    /** A tab of many jobs shows a newer state of them; called before {@link #currentChanged} with their rows. */
    public void manyChanged(ManyJobsTable jobs) {
        many.changed(jobs);
    }

    /** True for a tab of many jobs, each compared with its own previous run. */
    public boolean isOfMany() {
        return many.active();
    }

    private boolean refusedForMany() {
        if (many.active()) {
            notices.error(NoteTexts.ONE_JOB_ONLY);
        }
        return many.active();
    }

    /** The tab is closed: the work stops and nothing is shown any more. */
    public void close() {
        cancel();
        newNotKnown.close();
        compared.set(null);
    }

    private boolean canStart() {
        if (server == null) {
            notices.error(NoteTexts.SAVED_ANSWER);
            return false;
        }
        if (current == null || !current.complete()) {
            notices.error(NoteTexts.notYetFetched(many.active()));
            return false;
        }
        Optional<String> offline = session.offlineReason(server, many.active() ? "compare these jobs with their previous runs"
                : "compare job " + current.jobId() + " with another run");
        offline.ifPresent(notices::error);
        return offline.isEmpty();
    }

    private void start(long jobId, LoadedJob known) {
        if (!canStart()) {
            return;
        }
        Optional<SessionKeeper> keeper = session.keeperFor(server);
        if (keeper.isEmpty()) {
            return;
        }
        cancel();
        LoadedJob job = current;
        asked = jobId;
        if (many.active()) {
            run(many.task(keeper.get()), this::shownMany, many.stopped());
        } else {
            run(context -> work.run(keeper.get(), job, jobId, known, context), outcome -> shown(job, outcome),
                    "The comparison of job " + job.jobId() + " stopped.");
        }
    }

    private <T> void run(Work<T, Void> task, Consumer<T> done, String stopped) {
        Phase before = phase.get();
        String noteBefore = note.get();
        phase.set(Phase.WORKING);
        TaskHandle[] handle = new TaskHandle[1];
        handle[0] = BackgroundTask.wrap(task)
                .onMessage(message -> {
                    note.set(message);
                    notices.status(message);
                })
                .onSuccess(done)
                .onFailure(error -> {
                    phase.set(before == Phase.WORKING ? Phase.OFF : before);
                    note.set(noteBefore);
                    notices.status(stopped);
                    notices.error(ErrorMessages.of(error));
                })
                .onCancelled(() -> {
                    if (running == handle[0]) {
                        phase.set(before == Phase.WORKING ? Phase.OFF : before);
                        note.set(noteBefore);
                    }
                })
                .executeWith(executor);
        running = handle[0];
    }

    private void shownMany(ManyComparisonWork.Outcome outcome) {
        String none = many.took(outcome);
        if (none != null) {
            show(Phase.NOTHING, null, null, null, none);
            return;
        }
        show(Phase.SHOWN, null, null, outcome.compared(), "");
        notices.status(many.status(outcome));
    }

    private void shown(LoadedJob job, ComparisonWork.Outcome outcome) {
        if (outcome.foundNoPrevious()) {
            show(Phase.NOTHING, null, null, null, NoteTexts.noPrevious(job.summary()));
            return;
        }
        if (outcome.compared() == null) {
            show(Phase.NOTHING, outcome.earlier(), outcome.earlierJob(), null,
                    NoteTexts.nothingFailed(outcome.earlierJob(), asked == 0, services.zone()));
            return;
        }
        show(Phase.SHOWN, outcome.earlier(), outcome.earlierJob(), outcome.compared(), "");
        notices.status("Compared job " + job.jobId() + " with " + CountsLine.job(outcome.earlierJob(), services.zone())
                + ": " + outcome.compared().counts().text() + ".");
    }

    private void show(Phase now, LoadedJob other, JobSummary otherJob, ComparedTable table, String words) {
        earlier = other;
        earlierJob.set(otherJob);
        compared.set(table);
        note.set(words);
        phase.set(now);
        if (now == Phase.NOTHING) {
            notices.status(words);
        }
    }

    private void cancel() {
        if (running != null && !running.isDone()) {
            running.cancel();
        }
    }

    public ReadOnlyObjectProperty<Phase> phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    /** The compared table, or null while the tab shows its job's own rows. */
    public ReadOnlyObjectProperty<ComparedTable> comparedProperty() {
        return compared.getReadOnlyProperty();
    }

    /** The job compared with (or found with no failed items); null when none. */
    public ReadOnlyObjectProperty<JobSummary> earlierJobProperty() {
        return earlierJob.getReadOnlyProperty();
    }

    /** Words while working or when there is nothing to compare; blank when a comparison shows (its counts say it). */
    public ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }

    /** True when the tab's job can be compared: a CommServe's job, completely fetched. */
    public ReadOnlyBooleanProperty availableProperty() {
        return available.getReadOnlyProperty();
    }

    /**
     * The line above the table: the counts of the comparison shown ("2 new · 5 still failing · 1
     * fixed since job 45912, 2026-11-30 22:04 · 1 new and not known"), else the note.
     */
    public StringBinding lineBinding() {
        return line;
    }

    /** The tab's job as last shown. */
    public LoadedJob current() {
        return current;
    }

    public java.time.ZoneId zone() {
        return services.zone();
    }
}

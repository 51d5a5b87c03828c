package app.fiv.ui.compare;

import app.fiv.api.JobListQuery;
import app.fiv.api.JobSummary;
import app.fiv.compare.PreviousRun;
import app.fiv.joblist.JobLister;
import app.fiv.joblist.Lookback;
import app.fiv.session.SessionKeeper;
import app.fiv.ui.common.ErrorMessages;
import app.fiv.ui.jobactions.SessionAccess;
import app.fiv.ui.task.BackgroundTask;
import app.fiv.ui.task.TaskExecutor;
import app.fiv.ui.task.TaskHandle;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The failed files and folders of a subclient's runs over the jobs view's lookback, oldest
 * first, for the trend chart beside a comparison: the same subclient and job type as the previous
 * run is looked for among. The lookback reaches back at least to the run compared with, so both
 * marked runs are always in the chart. Listed in the background; a newer load cancels an older one.
 */
public final class RunTrend {
    private final URI server;
    private final SessionAccess session;
    private final JobLister lister;
    private final Supplier<Lookback> lookback;
    private final TaskExecutor executor;
    private final Clock clock;
    private final ReadOnlyObjectWrapper<List<TrendRun>> runs = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper("");
    private TaskHandle running;
    private long loadedFor;

    public RunTrend(URI server, SessionAccess session, CompareServices services, TaskExecutor executor, Clock clock) {
        this.server = server;
        this.session = session;
        this.lister = services.lister();
        this.lookback = services.lookback();
        this.executor = executor;
        this.clock = clock;
    }

    /** Lists the runs of {@code job}'s subclient, unless they are listed already and include {@code compared}. */
    public void show(JobSummary job, JobSummary compared) {
        if (loadedFor == job.jobId() && runs.get().stream().anyMatch(run -> run.jobId() == compared.jobId())) {
            return;
        }
        Optional<SessionKeeper> keeper = session.keeperFor(server);
        if (keeper.isEmpty()) {
            return;
        }
        cancel();
        loadedFor = job.jobId();
        long seconds = seconds(compared);
        note.set("Listing the runs of " + NoteTexts.subclient(job) + "…");
        running = BackgroundTask.wrap(context -> {
            JobListQuery query = new JobListQuery(seconds, !"Backup".equalsIgnoreCase(job.jobType()),
                    job.clientId() > 0 ? OptionalLong.of(job.clientId()) : OptionalLong.empty());
            return runsOf(job, lister.list(keeper.get(), query, JobLister.Progress.NONE, context.cancelSignal()).jobs());
        }).onSuccess(listed -> {
            runs.set(listed);
            note.set(listed.size() + (listed.size() == 1 ? " run" : " runs") + " of " + NoteTexts.subclient(job)
                    + " in the last " + span(seconds));
        }).onFailure(error -> {
            loadedFor = 0;
            note.set("The runs of " + NoteTexts.subclient(job) + " could not be listed: " + ErrorMessages.of(error));
        }).executeWith(executor);
    }

    /** The jobs view's lookback, or back to the compared run's start when that is older. */
    private long seconds(JobSummary compared) {
        long asked = lookback.get().seconds();
        Instant since = compared.startTime().or(compared::endTime).orElse(null);
        long needed = since == null ? 0 : Duration.between(since, clock.instant()).toSeconds() + 3600;
        return Math.max(asked, needed);
    }

    /** The jobs view's lookback in its words, or the days the chart was widened to. */
    private String span(long seconds) {
        Lookback asked = lookback.get();
        long days = (seconds + 86_399) / 86_400;
        return seconds <= asked.seconds() ? asked.words() : days + (days == 1 ? " day" : " days");
    }

    private static List<TrendRun> runsOf(JobSummary job, List<JobSummary> listed) {
        List<JobSummary> same = new ArrayList<>(listed.stream().filter(other -> PreviousRun.sameSubclient(job, other)
                && other.jobType().equalsIgnoreCase(job.jobType())).toList());
        if (same.stream().noneMatch(other -> other.jobId() == job.jobId())) {
            same.add(job);
        }
        same.sort(Comparator.comparing((JobSummary other) -> other.startTime().or(other::endTime).orElse(Instant.MIN))
                .thenComparingLong(JobSummary::jobId));
        return same.stream().map(TrendRun::of).toList();
    }

    public void close() {
        cancel();
    }

    private void cancel() {
        if (running != null && !running.isDone()) {
            running.cancel();
        }
    }

    /** The runs, oldest first; the tab's own job among them. */
    public ReadOnlyObjectProperty<List<TrendRun>> runsProperty() {
        return runs.getReadOnlyProperty();
    }

    /** What the chart shows ("9 runs of fs-win01 / Users in the last 7 days"), or why it shows none. */
    public ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }
}

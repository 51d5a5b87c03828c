package app.fiv.ui.jobs;

import app.fiv.jobs.JobFetcher;
import app.fiv.session.SessionKeeper;
import app.fiv.ui.common.ErrorMessages;
import app.fiv.ui.common.Notices;
import app.fiv.ui.task.BackgroundTask;
import app.fiv.ui.task.TaskExecutor;
import java.net.URI;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Jobs started from this window (a resubmit) that the listing does not have yet: it lists finished
 * jobs, and these still run. They are shown first, whatever the filters, read afresh by their ID
 * ({@code GET Job/{id}}), until a listing brings them as finished.
 */
final class StartedJobs {
    private final JobFetcher fetcher = new JobFetcher();
    private final TaskExecutor executor;
    private final Notices notices;
    private final ZoneId zone;
    private final Runnable changed;
    private final Map<Long, JobRow> rows = new LinkedHashMap<>();

    /** @param changed told on the FX thread when the rows changed */
    StartedJobs(TaskExecutor executor, Notices notices, ZoneId zone, Runnable changed) {
        this.executor = executor;
        this.notices = notices;
        this.zone = zone;
        this.changed = changed;
    }

    /** Reads the job in the background and shows it, if the window still shows the same server then. */
    void add(SessionKeeper keeper, long jobId, Supplier<URI> server) {
        URI at = keeper.current().webService();
        BackgroundTask.wrap(context -> JobRow.of(fetcher.summary(keeper, jobId, context.cancelSignal()), zone))
                .onSuccess(row -> {
                    if (Objects.equals(server.get(), at)) {
                        rows.put(jobId, row);
                        changed.run();
                    }
                })
                .onFailure(error -> notices.error("Job " + jobId + " was started, but the jobs view could not read it: "
                        + ErrorMessages.of(error) + " Press F5 to list the jobs again."))
                .executeWith(executor);
    }

    /** The started jobs the listing does not have, then the listing's own rows. */
    List<JobRow> before(List<JobRow> listed) {
        if (rows.isEmpty()) {
            return listed;
        }
        rows.keySet().removeIf(id -> listed.stream().anyMatch(row -> row.job().jobId() == id));
        List<JobRow> all = new ArrayList<>(rows.values());
        all.addAll(listed);
        return all;
    }

    Set<Long> ids() {
        return Set.copyOf(rows.keySet());
    }

    /** Another server, or none: its started jobs are not this one's. */
    void clear() {
        rows.clear();
    }
}

package app.fiv.ui.tabs;

import app.fiv.api.JobSummary;
import app.fiv.multijob.JobFailure;
import app.fiv.multijob.ManyJobsTable;
import app.fiv.multijob.MultiJobFetcher;
import app.fiv.ui.job.Sizes;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * What a tab of many jobs knows beyond its rows: which jobs it asked for, which it read, which
 * could not be read and why, and the Retry of those (and Cancel of a fetch that runs), which the
 * window's fetch of many jobs provides.
 */
public final class ManyJobsModel {
    /** How many failed jobs the tab names before "and N more". */
    static final int NAMED = 6;

    private final ReadOnlyObjectWrapper<ManyJobsTable> state = new ReadOnlyObjectWrapper<>();
    private final BooleanProperty running = new SimpleBooleanProperty();
    private final StringBinding title;
    private final StringBinding failures;
    private Runnable retry = () -> { };
    private Runnable cancel = () -> { };

    ManyJobsModel(ManyJobsTable first) {
        state.set(first);
        title = Bindings.createStringBinding(() -> title(state.get()), state);
        failures = Bindings.createStringBinding(() -> failures(state.get()), state);
    }

    void show(ManyJobsTable now) {
        state.set(now);
    }

    /** Set by the fetch of many jobs: what Retry and Cancel do. */
    public void actions(Runnable retryFailed, Runnable cancelFetch) {
        this.retry = retryFailed;
        this.cancel = cancelFetch;
    }

    /** Fetches the jobs that could not be read again; their rows join the others'. */
    public void retry() {
        retry.run();
    }

    public void cancel() {
        cancel.run();
    }

    public ReadOnlyObjectProperty<ManyJobsTable> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** True while a fetch for this tab runs (its first, a refresh or a retry). */
    public BooleanProperty runningProperty() {
        return running;
    }

    /** "16 jobs". */
    public StringBinding titleBinding() {
        return title;
    }

    /** "2 of 16 jobs could not be read: 45001 (not found), 45007 (server error)"; empty when every job was read. */
    public StringBinding failuresBinding() {
        return failures;
    }

    /** The client of every job, when they share one (for a rule of one client); else null. */
    String commonClient() {
        Set<String> clients = state.get().jobsRead().stream().map(JobSummary::clientName).collect(Collectors.toSet());
        return clients.size() == 1 && !clients.iterator().next().isBlank() ? clients.iterator().next() : null;
    }

    static String title(ManyJobsTable jobs) {
        int count = jobs.asked().size();
        return count + (count == 1 ? " job" : " jobs");
    }

    /** "Jobs 45001, 45002 … · clients fs-win01, fs-win02 · 120,000 failed items". */
    static String details(ManyJobsTable jobs) {
        List<String> ids = jobs.asked().stream().map(job -> Long.toString(job.jobId())).toList();
        Set<String> clients = new LinkedHashSet<>();
        jobs.jobsRead().forEach(job -> clients.add(job.clientName()));
        clients.remove("");
        String read = jobs.complete() ? Sizes.count(jobs.parts().size()) + " of " + Sizes.count(ids.size()) + " jobs read"
                : "reading " + Sizes.count(ids.size()) + " jobs, " + MultiJobFetcher.AT_ONCE + " at a time";
        return "Jobs " + names(ids) + "  ·  " + (clients.isEmpty() ? "" : (clients.size() == 1 ? "client " : "clients ")
                + names(List.copyOf(clients)) + "  ·  ") + read + "  ·  " + Sizes.count(jobs.table().rowCount())
                + " failed items  ·  " + Sizes.bytes(jobs.bytes()) + (jobs.complete() ? " in " + Sizes.seconds(jobs.elapsed())
                : "");
    }

    static String failures(ManyJobsTable jobs) {
        List<JobFailure> failed = jobs.failed();
        if (failed.isEmpty()) {
            return "";
        }
        return failed.size() + " of " + jobs.asked().size() + (jobs.asked().size() == 1 ? " job" : " jobs")
                + " could not be read: " + names(failed.stream().map(JobFailure::label).toList());
    }

    /** Every failed job's whole message, for the tooltip. */
    static String failureMessages(ManyJobsTable jobs) {
        return jobs.failed().stream().map(failure -> "Job " + failure.jobId() + ": " + failure.message())
                .collect(Collectors.joining("\n"));
    }

    private static String names(List<String> names) {
        if (names.size() <= NAMED) {
            return String.join(", ", names);
        }
        return String.join(", ", names.subList(0, NAMED)) + " and " + (names.size() - NAMED) + " more";
    }
}

package app.fiv.ui.main;

import app.fiv.api.JobSummary;
import app.fiv.jobs.LoadedJob;
import app.fiv.ui.jobs.JobAction;
import app.fiv.ui.session.SessionViewModel;
import app.fiv.ui.tabs.JobTab;
import java.util.Optional;

/**
 * The jobs view's "Compare with previous run": the job's tab opens (or comes to the front) and,
 * once its failed items are all there, is compared with its previous run as from the tab itself.
 */
final class CompareFromJobs {
    private final SessionViewModel session;
    private final OpenJobTabs tabs;
    private final JobFetchViewModel fetch;
    // The job whose tab is to be compared once it shows complete; 0 for none.
    private long pending;

    CompareFromJobs(SessionViewModel session, OpenJobTabs tabs, JobFetchViewModel fetch) {
        this.session = session;
        this.tabs = tabs;
        this.fetch = fetch;
        tabs.jobProperty().subscribe(this::shown);
    }

    JobAction action() {
        return new JobAction("compare", "_Compare with previous run",
                job -> session.sessionProperty().get() != null, this::compare);
    }

    private void compare(JobSummary job) {
        Optional<JobTab> open = Optional.ofNullable(session.sessionProperty().get())
                .flatMap(now -> tabs.find(now.webService(), job.jobId()));
        if (open.isPresent() && open.get().jobProperty().get().complete()) {
            pending = 0;
            tabs.selectedProperty().set(open.get());
            open.get().comparison().withPrevious();
            return;
        }
        pending = job.jobId();
        fetch.open(job.jobId());
    }

    /** The selected tab shows a job: if it is the one asked for, complete, it is compared; any other ends the wait. */
    private void shown(LoadedJob loaded) {
        if (pending == 0 || loaded == null || !loaded.complete()) {
            return;
        }
        JobTab tab = tabs.selectedProperty().get();
        boolean asked = loaded.jobId() == pending;
        pending = 0;
        if (asked && tab != null && tab.jobId() == loaded.jobId()) {
            tab.comparison().withPrevious();
        }
    }
}

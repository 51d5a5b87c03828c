package app.fiv.ui.main;

import app.fiv.api.JobSummary;
import app.fiv.compare.PreviousRunFinder;
import app.fiv.ui.compare.CompareServices;
import app.fiv.joblist.JobLister;
import app.fiv.jobs.JobFetcher;
import app.fiv.jobs.LoadedJob;
import app.fiv.known.RuleStore;
import app.fiv.multijob.JobSource;
import app.fiv.settings.AppSettings;
import app.fiv.ui.common.ClipboardService;
import app.fiv.ui.common.DialogService;
import app.fiv.ui.common.StatusMessages;
import app.fiv.ui.export.ExportSettings;
import app.fiv.ui.export.ExportViewModel;
import app.fiv.ui.jobactions.JobActionServices;
import app.fiv.ui.jobactions.ResubmitAction;
import app.fiv.ui.jobactions.ResubmitTarget;
import app.fiv.ui.jobactions.SessionAccess;
import app.fiv.ui.jobs.JobAction;
import app.fiv.ui.jobs.JobsColumnLayout;
import app.fiv.ui.jobs.JobsSettings;
import app.fiv.ui.jobs.JobsViewModel;
import app.fiv.ui.known.KnownFailures;
import app.fiv.ui.known.RuleBook;
import app.fiv.ui.session.SessionViewModel;
import app.fiv.ui.tabs.JobTab;
import app.fiv.ui.tabs.TabServices;
import app.fiv.ui.task.TaskExecutor;
import java.time.ZoneId;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;

/**
 * The main window's parts, each with one job: the session, the jobs view, the job fetch, the open
 * tabs, the exporter and the status messages. This class only puts them together and does what
 * needs several of them, such as logging out or refreshing what is shown.
 */
public final class MainViewModel {
    private final StatusMessages messages;
    private final SessionViewModel session;
    private final OpenJobTabs tabs;
    private final JobFetchViewModel fetch;
    private final JobsViewModel jobs;
    private final JobsColumnLayout jobsColumns;
    private final ExportSettings exportSettings;
    private final ExportViewModel exporter;
    private final JobActionServices jobActions;
    private final KnownFailures known;
    private final OpenSavedAnswer savedAnswers;
    private final OpenManyJobs manyJobs;
    private final StringProperty welcomeHint = new SimpleStringProperty("");
    private final BooleanBinding busy;

    /** @param knownFailures where each CommServe's known failures are kept */
    public MainViewModel(JobFetcher fetcher, SessionViewModel session, StatusMessages messages, TaskExecutor executor,
                         AppSettings settings, ClipboardService clipboard, DialogService dialogs, RuleStore knownFailures) {
        this.messages = messages;
        this.session = session;
        this.exportSettings = new ExportSettings(settings);
        this.exporter = new ExportViewModel(dialogs, exportSettings, executor, messages);
        this.jobActions = new JobActionServices(SessionAccess.of(session), executor, messages);
        this.known = new KnownFailures(knownFailures, dialogs, executor, messages);
        session.sessionProperty().subscribe(now -> known.currentServerProperty().set(now == null ? null : now.webService()));
        CompareServices compare = new CompareServices(new PreviousRunFinder()::find, fetcher, new JobLister(),
                this::jobsLookback, dialogs, ZoneId.systemDefault());
        TabServices services = new TabServices(executor, clipboard, exporter, exportSettings, messages, jobActions, known,
                compare);
        this.tabs = new OpenJobTabs(services);
        this.fetch = new JobFetchViewModel(fetcher, session, tabs, new RecentJobs(settings), executor, messages);
        this.jobs = new JobsViewModel(new JobLister(), session, new JobsSettings(settings), executor, messages, clipboard,
                fetch::open, ZoneId.systemDefault());
        this.jobsColumns = new JobsColumnLayout(settings);
        offerResubmitInTheJobsView();
        jobs.addAction(new CompareFromJobs(session, tabs, fetch).action());
        this.savedAnswers = new OpenSavedAnswer(dialogs, tabs, services, executor, messages, settings);
        this.manyJobs = new OpenManyJobs(session, tabs, services, executor, messages, JobSource::of);
        jobs.openManyWith(manyJobs::open);
        this.busy = fetch.busyProperty().or(session.checkingProperty()).or(manyJobs.busyProperty());
    }

    /** A job in the jobs view can be resubmitted as from its tab; the new job then shows first in the list. */
    private void offerResubmitInTheJobsView() {
        ResubmitAction resubmit = jobActions.resubmit();
        Function<JobSummary, Optional<ResubmitTarget>> target = job -> Optional.ofNullable(session.sessionProperty().get())
                .map(now -> ResubmitTarget.of(now.webService(), job));
        jobs.addAction(new JobAction("resubmit", "_Resubmit job…",
                job -> target.apply(job).map(resubmit::unavailableBecause).map(Optional::isEmpty).orElse(false),
                job -> target.apply(job).ifPresent(resubmit::resubmit)));
        resubmit.onResubmitted(done -> jobs.showStarted(done.newJobId()));
    }

    /** The trend beside a comparison spans the jobs view's lookback. */
    private app.fiv.joblist.Lookback jobsLookback() {
        return jobs.filters().lookbackProperty().get();
    }

    /** Logs out: the fetch stops and the jobs close at once, then the session is ended. */
    public void logOut() {
        if (session.sessionProperty().get() == null) {
            return;
        }
        fetch.stop();
        manyJobs.cancel();
        tabs.clear();
        session.logOut();
    }

    /**
     * F5: the jobs list while the jobs view is shown, else the selected job fetched again, its saved
     * answer read again, or its many jobs fetched again.
     */
    public void refresh() {
        JobTab tab = tabs.selectedProperty().get();
        if (tab == null) {
            jobs.refresh();
        } else if (tab.isSavedAnswer()) {
            savedAnswers.reload(tab);
        } else if (tab.many() != null) {
            manyJobs.refresh(tab);
        } else {
            fetch.refresh();
        }
    }

    /** Ctrl+J: the jobs view comes to the front (no job tab is selected then). */
    public void showJobs() {
        tabs.selectedProperty().set(null);
    }

    public JobsViewModel jobs() {
        return jobs;
    }

    /** How the admin arranged the jobs table's columns, across runs. */
    public JobsColumnLayout jobsColumns() {
        return jobsColumns;
    }

    /** File ▸ Open saved answer…: asks for the file and reads it into a tab. */
    public void openSavedAnswer() {
        savedAnswers.choose();
    }

    /** Opens a saved answer's file in a tab (or its tab, if open). */
    public void openSavedAnswer(java.nio.file.Path file) {
        savedAnswers.open(file);
    }

    /** Job ▸ Known failures…: the rules of the selected tab's server, else of the server logged in to. */
    public void showKnownFailures() {
        JobTab tab = tabs.selectedProperty().get();
        RuleBook book = tab != null ? tab.knownBook().getValue() : known.currentBook().getValue();
        known.showRules(java.util.Optional.ofNullable(book));
    }

    public KnownFailures known() {
        return known;
    }

    public SessionViewModel session() {
        return session;
    }

    public JobFetchViewModel fetch() {
        return fetch;
    }

    public StatusMessages messages() {
        return messages;
    }

    public ExportViewModel exporter() {
        return exporter;
    }

    public ExportSettings exportSettings() {
        return exportSettings;
    }

    /** Resubmit, Command Center and what servers lack, for every view that shows a job. */
    public JobActionServices jobActions() {
        return jobActions;
    }

    public ObservableList<JobTab> tabs() {
        return tabs.list();
    }

    public ObjectProperty<JobTab> selectedTabProperty() {
        return tabs.selectedProperty();
    }

    /** The job of the selected tab, or null when none is (the jobs view is shown then). */
    public ReadOnlyObjectProperty<LoadedJob> jobProperty() {
        return tabs.jobProperty();
    }

    /** True while something the admin waits for runs: a fetch, or the check of a saved session. */
    public BooleanBinding busyBinding() {
        return busy;
    }

    /** Extra words for the empty window, e.g. which demo jobs there are. */
    public StringProperty welcomeHintProperty() {
        return welcomeHint;
    }
}

package app.fiv.ui.tabs;

import app.fiv.compare.ComparedTable;
import app.fiv.jobs.LoadedJob;
import app.fiv.multijob.ManyJobsTable;
import app.fiv.ui.compare.JobComparison;
import app.fiv.ui.compare.RunTrend;
import app.fiv.ui.export.RowsToExport;
import app.fiv.ui.job.Sizes;
import app.fiv.ui.jobactions.ResubmitTarget;
import app.fiv.ui.jobdetails.JobDetailsModel;
import app.fiv.ui.known.KnownMarking;
import app.fiv.ui.known.RuleBook;
import app.fiv.ui.table.CopyActions;
import app.fiv.ui.table.RowSelection;
import app.fiv.ui.table.TableViewModel;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;

/**
 * One tab of failed items: a job fetched from a CommServe, or a saved answer read from a file
 * (no server: no details, events or resubmit, and the known failures of the server logged in to).
 * The tab holds the job, its table with filters and known failures, and what can be done with its
 * rows. A refresh replaces the job; a failed refresh leaves it as it was.
 */
public final class JobTab {
    private final URI server;
    private final long jobId;
    private final Path savedAnswer;
    private final ManyJobsModel many;
    private final TabServices services;
    private final ReadOnlyObjectWrapper<LoadedJob> job = new ReadOnlyObjectWrapper<>();
    private final TableViewModel table;
    private final CopyActions copy;
    private final StringBinding title;
    private final JobDetailsModel details;
    private final ObjectBinding<ResubmitTarget> resubmitTarget;
    private final ObservableValue<RuleBook> knownBook;
    private final KnownMarking known;
    private final JobComparison comparison;
    private final RunTrend trend;
    private boolean shownComplete;

    public JobTab(URI server, LoadedJob loaded, TabServices services) {
        this(server, null, null, loaded, services);
    }

    /** A tab of a FailedItems answer saved to a file. */
    public static JobTab savedAnswer(Path file, LoadedJob loaded, TabServices services) {
        return new JobTab(null, file, null, loaded, services);
    }

    /** A tab of many jobs of a CommServe in one table (no details, events or resubmit: those are a job's). */
    public static JobTab manyJobs(URI server, ManyJobsTable jobs, TabServices services) {
        return new JobTab(server, null, new ManyJobsModel(jobs), ManyJobsTabs.loaded(jobs), services);
    }

    private JobTab(URI server, Path savedAnswer, ManyJobsModel many, LoadedJob loaded, TabServices services) {
        this.server = server;
        this.savedAnswer = savedAnswer;
        this.many = many;
        this.jobId = loaded.jobId();
        this.services = services;
        this.table = new TableViewModel(services.executor(), services.notices());
        this.copy = new CopyActions(table, services.clipboard(), services.executor(), services.notices(),
                () -> services.exportSettings().formulaSafeProperty().get());
        this.title = many != null ? many.titleBinding() : Bindings.createStringBinding(() -> savedAnswer != null
                ? savedAnswer.getFileName().toString() : titleOf(job.get()), job);
        this.details = isOneJob() ? new JobDetailsModel(server, jobId, services.jobActions()) : null;
        this.resubmitTarget = Bindings.createObjectBinding(() -> job.get() == null || !isOneJob() ? null
                : ResubmitTarget.of(server, job.get().summary()), job);
        this.knownBook = savedAnswer != null ? services.known().currentBook()
                : new SimpleObjectProperty<>(services.known().book(server));
        this.known = new KnownMarking(table, services.executor(), services.notices());
        known.follow(knownBook);
        // A saved answer has no CommServe to find earlier runs on; a tab of many jobs compares each with its own.
        this.comparison = new JobComparison(server, services.jobActions().session(), services.compare(), table,
                services.executor(), services.notices());
        if (many != null) {
            comparison.manyChanged(many.stateProperty().get());
        }
        this.trend = new RunTrend(server, services.jobActions().session(), services.compare(), services.executor(),
                Clock.systemUTC());
        comparison.comparedProperty().subscribe(compared -> showRows());
        comparison.earlierJobProperty().subscribe(earlier -> {
            if (earlier != null && job.get() != null) {
                trend.show(job.get().summary(), earlier);
            }
        });
        update(loaded);
    }

    /** Shows a newer fetch of the same job (or a new reading of the file), keeping the filters. */
    public void update(LoadedJob loaded) {
        if (loaded.jobId() != jobId) {
            throw new IllegalArgumentException("tab of job " + jobId + " cannot show job " + loaded.jobId());
        }
        // The comparison knows the rows first, so whoever hears of the new job may compare it at once.
        comparison.currentChanged(loaded);
        job.set(loaded);
        showRows();
        if (loaded.complete()) {
            if (shownComplete && details != null) {
                details.refresh();
            }
            shownComplete = true;
        }
    }

    /** The job's rows, or while it is compared with another run, the compared table. */
    private void showRows() {
        LoadedJob loaded = job.get();
        if (loaded == null) {
            return;
        }
        ComparedTable compared = comparison.comparedProperty().get();
        if (compared != null && many != null) {
            known.showComparedOfMany(compared.table(), true, compared.table().columnIndex(ManyJobsTable.CLIENT),
                    compared.changeColumn());
        } else if (compared != null) {
            known.showCompared(compared.table(), true, client(), compared.changeColumn());
        } else if (many != null) {
            // Each row is of its own job's client: the rules for one client look at the Client column.
            known.showOfMany(loaded.items(), loaded.complete(), ManyJobsTable.CLIENT_COLUMN);
        } else {
            known.show(loaded.items(), loaded.complete(), client());
        }
    }

    /** Shows a newer state of a tab of many jobs: more rows so far, a retry's, a refresh's. */
    public void update(ManyJobsTable jobs) {
        comparison.manyChanged(jobs);
        many.show(jobs);
        update(ManyJobsTabs.loaded(jobs));
    }

    /** The tab is gone: work still running for its table stops. */
    public void close() {
        comparison.close();
        trend.close();
        known.close();
        table.close();
        if (details != null) {
            details.close();
        }
    }

    public boolean shows(URI otherServer, long otherJobId) {
        return isOneJob() && jobId == otherJobId && server.equals(otherServer);
    }

    /** True for the tab of this saved answer. */
    public boolean shows(Path file) {
        return savedAnswer != null && savedAnswer.toAbsolutePath().normalize().equals(file.toAbsolutePath().normalize());
    }

    /** Exports the selection (or all shown rows) of this tab through the app's exporter. */
    public void export(RowSelection selection) {
        int[] rows = table.rowsOf(selection);
        services.exporter().export(new RowsToExport(proposedFileName(), table.tableProperty().get(), rows,
                table.visibleColumns(), describe(selection, rows.length)));
    }

    /** Opens the rule dialog for the selected rows (or all shown), prefilled from them. */
    public void markKnown(RowSelection selection) {
        int[] rows = table.rowsOf(selection);
        services.known().marking().rows(knownBook.getValue(), table.tableProperty().get(), rows,
                table.reasonColumnProperty().get(), table.pathColumnProperty().get(), client(),
                describe(selection, rows.length));
    }

    /** Opens the rule dialog for every row with this reason. */
    public void markReasonKnown(String reason) {
        services.known().marking().reason(knownBook.getValue(), reason, client(), where());
    }

    /** "all 1,234 rows of job 1005", "3 selected rows of job-1005.json". */
    private String describe(RowSelection selection, int count) {
        if (selection.allShown()) {
            return (table.shownCountProperty().get() == table.totalCountProperty().get() ? "all " : "the shown ")
                    + Sizes.rows(count) + " of " + where();
        }
        return Sizes.count(count) + " selected " + (count == 1 ? "row" : "rows") + " of " + where();
    }

    private String where() {
        return savedAnswer != null ? savedAnswer.getFileName().toString()
                : many != null ? many.titleBinding().get() : "job " + jobId;
    }

    private String proposedFileName() {
        if (many != null) {
            return "failed-items-of-" + many.titleBinding().get().replace(' ', '-') + ".csv";
        }
        if (savedAnswer == null) {
            return RowsToExport.proposedName(jobId);
        }
        String name = savedAnswer.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return (dot > 0 ? name.substring(0, dot) : name) + "-failed-items.csv";
    }

    /** The client of the rows, for rules of one client; null when not known. */
    private String client() {
        if (many != null) {
            return many.commonClient();
        }
        LoadedJob loaded = job.get();
        return savedAnswer != null || loaded == null || loaded.summary().clientName().isBlank() ? null
                : loaded.summary().clientName();
    }

    private static String titleOf(LoadedJob loaded) {
        String client = loaded == null ? "" : loaded.summary().clientName();
        return "Job " + (loaded == null ? "" : loaded.jobId()) + (client.isBlank() ? "" : " · " + client);
    }

    /** The CommServe of the job; null for a saved answer. */
    public URI server() {
        return server;
    }

    public long jobId() {
        return jobId;
    }

    /** The file of a saved answer's tab; null for a job's. */
    public Path savedAnswer() {
        return savedAnswer;
    }

    public boolean isSavedAnswer() {
        return savedAnswer != null;
    }

    /** True for a tab of one job of a CommServe: not a saved answer, not many jobs. */
    public boolean isOneJob() {
        return savedAnswer == null && many == null;
    }

    /** What a tab of many jobs knows of them; null for other tabs. */
    public ManyJobsModel many() {
        return many;
    }

    public ReadOnlyObjectProperty<LoadedJob> jobProperty() {
        return job.getReadOnlyProperty();
    }

    public TableViewModel table() {
        return table;
    }

    public CopyActions copy() {
        return copy;
    }

    /** The job's details and events, loaded when first shown; null for a saved answer. */
    public JobDetailsModel details() {
        return details;
    }

    /** This job as the resubmit action takes it (its latest summary); null for a saved answer. */
    public ObjectBinding<ResubmitTarget> resubmitTarget() {
        return resubmitTarget;
    }

    /** Whose known failures mark this tab's rows: its server's, or for a saved answer the session's (null: none). */
    public ObservableValue<RuleBook> knownBook() {
        return knownBook;
    }

    /** Comparing this job with its previous run or another job. */
    public JobComparison comparison() {
        return comparison;
    }

    /** The failed files of this job's subclient over its runs, beside a comparison. */
    public RunTrend trend() {
        return trend;
    }

    public KnownMarking known() {
        return known;
    }

    public TabServices services() {
        return services;
    }

    /** "Job 1005 · fileserver02": the job ID and its client; a saved answer's file name. */
    public StringBinding titleBinding() {
        return title;
    }
}

package app.fiv.ui.tabs;

import app.fiv.ui.export.RowsToExport;
import app.fiv.jobs.LoadedJob;
import app.fiv.ui.job.Sizes;
import app.fiv.ui.jobactions.ResubmitTarget;
import app.fiv.ui.jobdetails.JobDetailsModel;
import app.fiv.ui.table.CopyActions;
import app.fiv.ui.table.RowSelection;
import app.fiv.ui.table.TableViewModel;
import java.net.URI;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * One fetched job in its own tab: the job, its table with filters, and what can be done with its
 * rows. A refresh replaces the job; a failed refresh leaves it as it was.
 */
public final class JobTab {
    private final URI server;
    private final long jobId;
    private final TabServices services;
    private final ReadOnlyObjectWrapper<LoadedJob> job = new ReadOnlyObjectWrapper<>();
    private final TableViewModel table;
    private final CopyActions copy;
    private final StringBinding title;
    private final JobDetailsModel details;
    private final ObjectBinding<ResubmitTarget> resubmitTarget;
    private boolean shownComplete;

    public JobTab(URI server, LoadedJob loaded, TabServices services) {
        this.server = server;
        this.jobId = loaded.jobId();
        this.services = services;
        this.table = new TableViewModel(services.executor(), services.notices());
        this.copy = new CopyActions(table, services.clipboard(), services.executor(), services.notices(),
                () -> services.exportSettings().formulaSafeProperty().get());
        this.title = Bindings.createStringBinding(() -> titleOf(job.get()), job);
        this.details = new JobDetailsModel(server, jobId, services.jobActions());
        this.resubmitTarget = Bindings.createObjectBinding(() -> job.get() == null ? null
                : ResubmitTarget.of(server, job.get().summary()), job);
        update(loaded);
    }

    /** Shows a newer fetch of the same job, keeping the filters. */
    public void update(LoadedJob loaded) {
        if (loaded.jobId() != jobId) {
            throw new IllegalArgumentException("tab of job " + jobId + " cannot show job " + loaded.jobId());
        }
        job.set(loaded);
        table.show(loaded.items(), loaded.complete());
        if (loaded.complete()) {
            if (shownComplete) {
                details.refresh();
            }
            shownComplete = true;
        }
    }

    /** The tab is gone: work still running for its table stops. */
    public void close() {
        table.close();
        details.close();
    }

    public boolean shows(URI otherServer, long otherJobId) {
        return jobId == otherJobId && server.equals(otherServer);
    }

    /** Exports the selection (or all shown rows) of this tab through the app's exporter. */
    public void export(RowSelection selection) {
        int[] rows = table.rowsOf(selection);
        String what = selection.allShown()
                ? (table.shownCountProperty().get() == table.totalCountProperty().get() ? "all " : "the shown ")
                        + Sizes.count(rows.length) + " rows of job " + jobId
                : Sizes.count(rows.length) + " selected " + (rows.length == 1 ? "row" : "rows") + " of job " + jobId;
        services.exporter().export(new RowsToExport(jobId, job.get().items(), rows, table.visibleColumns(), what));
    }

    private static String titleOf(LoadedJob loaded) {
        String client = loaded == null ? "" : loaded.summary().clientName();
        return "Job " + (loaded == null ? "" : loaded.jobId()) + (client.isBlank() ? "" : " · " + client);
    }

    public URI server() {
        return server;
    }

    public long jobId() {
        return jobId;
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

    /** The job's details and events, loaded when first shown. */
    public JobDetailsModel details() {
        return details;
    }

    /** This job as the resubmit action takes it (its latest summary). */
    public ObjectBinding<ResubmitTarget> resubmitTarget() {
        return resubmitTarget;
    }

    public TabServices services() {
        return services;
    }

    /** "Job 1005 · fileserver01": the job ID and its client. */
    public StringBinding titleBinding() {
        return title;
    }
}

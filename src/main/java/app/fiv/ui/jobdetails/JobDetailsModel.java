package app.fiv.ui.jobdetails;

import app.fiv.api.JobDetails;
import app.fiv.api.JobEvent;
import app.fiv.ui.jobactions.JobActionServices;
import app.fiv.ui.jobactions.ServerFeatures;
import java.net.URI;
import java.util.Comparator;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * What a job tab shows beside the failed items: the job's details (attempts, delay reason,
 * skipped items, the VMs of a VM job with the failed ones first) and its events. Each part loads
 * in the background when it is first shown, and again on Refresh once it was shown.
 */
public final class JobDetailsModel {
    /** Failed VMs first, then those with errors, then the rest; by name within each. */
    public static final Comparator<JobDetails.VirtualMachine> FAILED_FIRST = Comparator
            .comparing(JobDetails.VirtualMachine::outcome)
            .thenComparing(JobDetails.VirtualMachine::name, String.CASE_INSENSITIVE_ORDER);

    private final LoadedPart<JobDetails> details;
    private final LoadedPart<List<JobEvent>> events;
    private final EventsModel eventsTable;
    private final ObservableList<JobDetails.VirtualMachine> virtualMachines = FXCollections.observableArrayList();
    private final ObservableList<JobDetails.Attempt> attempts = FXCollections.observableArrayList();

    public JobDetailsModel(URI server, long jobId, JobActionServices services) {
        details = new LoadedPart<>(server, ServerFeatures.Feature.DETAILS, services,
                (session, cancel) -> services.actions().details(session, jobId, cancel));
        events = new LoadedPart<>(server, ServerFeatures.Feature.EVENTS, services,
                (session, cancel) -> services.actions().events(session, jobId, cancel));
        eventsTable = new EventsModel(events.valueProperty());
        details.valueProperty().subscribe(loaded -> {
            virtualMachines.setAll(loaded == null ? List.of() : loaded.virtualMachines().stream().sorted(FAILED_FIRST).toList());
            attempts.setAll(loaded == null ? List.of() : loaded.attempts());
        });
    }

    public LoadedPart<JobDetails> details() {
        return details;
    }

    public LoadedPart<List<JobEvent>> events() {
        return events;
    }

    public EventsModel eventsTable() {
        return eventsTable;
    }

    /** The VMs of a VM job, failed first; empty for other jobs. */
    public ObservableList<JobDetails.VirtualMachine> virtualMachines() {
        return virtualMachines;
    }

    public ObservableList<JobDetails.Attempt> attempts() {
        return attempts;
    }

    /** The job was fetched again: the parts already shown load again too. */
    public void refresh() {
        details.refresh();
        events.refresh();
    }

    public void close() {
        details.cancel();
        events.cancel();
    }
}

package app.fiv.ui.jobactions;

import app.fiv.api.JobSummary;
import java.net.URI;
import java.util.Objects;

/**
 * A job that may be resubmitted, with what the confirmation names: its client and subclient, and
 * its status (an active job cannot be resubmitted).
 *
 * @param server the web service the job came from
 */
public record ResubmitTarget(URI server, long jobId, String clientName, String subclientName, String status) {
    public ResubmitTarget {
        Objects.requireNonNull(server, "server");
        clientName = clientName == null ? "" : clientName;
        subclientName = subclientName == null ? "" : subclientName;
        status = status == null ? "" : status;
    }

    public static ResubmitTarget of(URI server, JobSummary summary) {
        return new ResubmitTarget(server, summary.jobId(), summary.clientName(), summary.subclientName(), summary.status());
    }

    /** "job 1001 (fileserver01 / default)". */
    public String describe() {
        String where = clientName + (subclientName.isBlank() ? "" : " / " + subclientName);
        return "job " + jobId + (where.isBlank() ? "" : " (" + where.strip() + ")");
    }
}

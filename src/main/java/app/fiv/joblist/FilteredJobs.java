package app.fiv.joblist;

import app.fiv.api.JobSummary;
import java.util.List;
import java.util.Optional;

/**
 * The jobs a filter kept of a listing, newest end time first.
 *
 * @param listing          everything the CommServe listed for the query
 * @param unknownClients   the client names asked for that neither the CommServe's client list nor any listed job has
 * @param clientsProblem   why the client list could not be read, when it could not (names were then matched on the
 *                         jobs alone)
 */
public record FilteredJobs(JobListing listing, List<JobSummary> kept, List<String> unknownClients,
                           Optional<String> clientsProblem) {
    public FilteredJobs {
        kept = List.copyOf(kept);
        unknownClients = List.copyOf(unknownClients);
    }
}

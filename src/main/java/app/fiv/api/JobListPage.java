package app.fiv.api;

import java.util.List;

/**
 * One answer of {@code GET Job}.
 *
 * @param totalRecords what {@code totalRecordsWithoutPaging} says (the jobs before paging), or -1 when it is missing
 * @param entries      how many entries the page held, readable or not: what the next offset moves on by
 * @param jobs         the entries that name a job, in the server's order
 */
public record JobListPage(long totalRecords, int entries, List<JobSummary> jobs) {
    public JobListPage {
        jobs = List.copyOf(jobs);
    }
}

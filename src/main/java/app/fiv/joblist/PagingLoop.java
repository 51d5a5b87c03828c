package app.fiv.joblist;

import app.fiv.api.ApiException;
import app.fiv.api.CancelSignal;
import app.fiv.api.JobListPage;
import app.fiv.api.JobSummary;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads every page of one job list. It asks on until the count the server gave
 * ({@code totalRecordsWithoutPaging}) was read or a page comes back empty, moving the offset on by
 * the entries each page really held, so a server that sends short pages is read whole and one that
 * ignores the limit is read once. A job met again (the list shifted while it was read, or the
 * server ignores the offset) is not listed twice, and a page that brings nothing new ends the
 * list, so a server that ignores the offset cannot keep it asking forever.
 *
 * <p>While one page is read, the next ones are already asked for ({@link PagesAhead}), at the
 * offsets they will have if the pages keep their size; a page is only taken at the offset the
 * pages before it lead to, so a guess that was wrong costs a request, never a job.
 */
final class PagingLoop {
    /** The most jobs one page holds on a CommServe (and its default). */
    static final int PAGE_SIZE = 100;
    /** Bounds on any server's answers: ten thousand pages, a million jobs. */
    static final int MAX_PAGES = 10_000;
    static final int MAX_JOBS = 1_000_000;

    private final int depth;
    private final Map<Long, JobSummary> jobs = new LinkedHashMap<>();
    private long reportedTotal = -1;
    private boolean complete;

    /** @param depth how many pages may be asked for at once (1: one after the other) */
    PagingLoop(int depth) {
        this.depth = depth;
    }

    /** Reads the pages; {@code progress} hears of each one. Stops with a cancellation when {@code cancel} says so. */
    PagingLoop run(JobPages pages, JobLister.Progress progress, CancelSignal cancel) throws ApiException {
        try (PagesAhead ahead = new PagesAhead(pages, depth - 1, cancel)) {
            int offset = 0;
            for (int asked = 0; asked < MAX_PAGES; asked++) {
                cancel.throwIfCancelled();
                JobListPage page = ahead.take(offset, PAGE_SIZE);
                reportedTotal = page.totalRecords();
                int before = jobs.size();
                for (JobSummary job : page.jobs()) {
                    jobs.putIfAbsent(job.jobId(), job);
                }
                progress.listed(jobs.size(), reportedTotal);
                if (reportedTotal >= 0 && jobs.size() >= reportedTotal) {
                    complete = true;
                    return this;
                }
                if (page.entries() == 0) {
                    complete = reportedTotal < 0;
                    return this;
                }
                if (jobs.size() == before || jobs.size() >= MAX_JOBS) {
                    return this;
                }
                offset += page.entries();
                // Pages of the size this one had, as far as the count says there are jobs.
                ahead.guess(offset, page.entries(), PAGE_SIZE, reportedTotal);
            }
            return this;
        }
    }

    Collection<JobSummary> jobs() {
        return jobs.values();
    }

    long reportedTotal() {
        return reportedTotal;
    }

    boolean complete() {
        return complete;
    }
}

package app.fiv.joblist;

import app.fiv.api.ApiException;
import app.fiv.api.JobListPage;

/** Where the pages of one job list come from: {@code GET Job} with an offset and a limit. */
@FunctionalInterface
public interface JobPages {
    JobListPage page(int offset, int limit) throws ApiException;
}

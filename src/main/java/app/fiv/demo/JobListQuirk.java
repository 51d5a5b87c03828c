package app.fiv.demo;

/**
 * Ways a CommServe's {@code GET Job} pages its answer wrongly, for clients to prove that they read
 * every job once and always stop (see {@link DemoCommServeBuilder#jobListQuirk}).
 */
public enum JobListQuirk {
    /** Every answer holds every matching job, whatever {@code limit} and {@code offset} say. */
    IGNORES_LIMIT,
    /**
     * Each page holds half the {@code limit} (rounded up) although more jobs remain; {@code offset}
     * is honoured, so a client that moves on by the number of jobs it received reads them all.
     */
    SHORT_PAGES,
    /** {@code "jobs": []} on every page, while {@code totalRecordsWithoutPaging} still counts the matching jobs. */
    EMPTY_JOBS
}

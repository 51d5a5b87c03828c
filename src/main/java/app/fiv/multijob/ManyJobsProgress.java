package app.fiv.multijob;

/** What a multi-job fetch tells on its way, from the thread that runs it. All calls are optional to listen to. */
public interface ManyJobsProgress {
    ManyJobsProgress NONE = new ManyJobsProgress() { };

    /**
     * A job ended, read or not.
     *
     * @param read   how many jobs were read so far
     * @param failed how many could not be read so far
     * @param total  how many jobs were asked for
     * @param rows   the rows so far, of every job
     */
    default void jobsRead(int read, int failed, int total, long rows) {
    }

    /** The rows so far of every job, about every quarter second, to show the table while it loads (window only). */
    default void rowsSoFar(ManyJobsTable partial) {
    }
}

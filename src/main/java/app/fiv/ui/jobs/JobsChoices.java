package app.fiv.ui.jobs;

import app.fiv.joblist.Lookback;

/**
 * What the admin chose to see in the jobs view, remembered for each server.
 *
 * @param client a client name, or blank for every client
 */
public record JobsChoices(Lookback lookback, boolean failuresOnly, boolean allTypes, String client) {
    /** The last 24 hours, only jobs with failures, backup jobs only, every client. */
    public static final JobsChoices DEFAULT = new JobsChoices(Lookback.DEFAULT, true, false, "");

    public JobsChoices {
        client = client == null ? "" : client.strip();
    }
}

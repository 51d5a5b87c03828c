package app.fiv.ui.jobs;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which listed jobs the table shows: only those with failures (or all), one client's (or every
 * client's), and those with the quick filter's text in one of the shown columns, ignoring case.
 * Jobs just started from this window are shown whatever the first two say.
 *
 * @param client  a client name, or blank for every client
 * @param started the IDs of jobs started from this window (see {@link StartedJobs})
 */
record JobRowFilter(boolean failuresOnly, String client, String text, List<JobColumn> columns, Set<Long> started) {
    JobRowFilter {
        client = client == null ? "" : client.strip();
        text = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        columns = List.copyOf(columns);
        started = Set.copyOf(started);
    }

    boolean keeps(JobRow row) {
        boolean justStarted = started.contains(row.job().jobId());
        if (!justStarted && failuresOnly && !row.hasFailures()) {
            return false;
        }
        if (!justStarted && !client.isEmpty() && !client.equalsIgnoreCase(row.client().strip())) {
            return false;
        }
        if (text.isEmpty()) {
            return true;
        }
        for (JobColumn column : columns) {
            if (row.contains(column, text)) {
                return true;
            }
        }
        return false;
    }
}

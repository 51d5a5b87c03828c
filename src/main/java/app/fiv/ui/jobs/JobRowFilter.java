package app.fiv.ui.jobs;

import java.util.List;
import java.util.Locale;

/**
 * Which listed jobs the table shows: only those with failures (or all), one client's (or every
 * client's), and those with the quick filter's text in one of the shown columns, ignoring case.
 *
 * @param client a client name, or blank for every client
 */
record JobRowFilter(boolean failuresOnly, String client, String text, List<JobColumn> columns) {
    JobRowFilter {
        client = client == null ? "" : client.strip();
        text = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        columns = List.copyOf(columns);
    }

    boolean keeps(JobRow row) {
        if (failuresOnly && !row.hasFailures()) {
            return false;
        }
        if (!client.isEmpty() && !client.equalsIgnoreCase(row.client().strip())) {
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

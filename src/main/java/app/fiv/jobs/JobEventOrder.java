package app.fiv.jobs;

import app.fiv.api.JobEvent;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/** The order an admin reads a job's events in: critical and major first, then newest first. */
public final class JobEventOrder {
    public static final Comparator<JobEvent> MOST_SEVERE_FIRST = Comparator
            .comparing(JobEvent::severity, Comparator.reverseOrder())
            .thenComparing(event -> event.time().orElse(Instant.EPOCH), Comparator.reverseOrder())
            .thenComparing(JobEvent::id, Comparator.reverseOrder());

    private JobEventOrder() {
    }

    public static List<JobEvent> mostSevereFirst(List<JobEvent> events) {
        return events.stream().sorted(MOST_SEVERE_FIRST).toList();
    }
}

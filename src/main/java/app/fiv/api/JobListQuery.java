package app.fiv.api;

import java.util.OptionalLong;

/**
 * Which finished jobs {@code GET Job} is asked for.
 *
 * @param lookbackSeconds {@code completedJobLookupTime}: jobs that ended this many seconds before now, or since
 * @param allTypes        every job type ({@code jobFilter=} empty); false for backup jobs only (no {@code jobFilter})
 * @param clientId        one client's jobs only, or any client
 */
public record JobListQuery(long lookbackSeconds, boolean allTypes, OptionalLong clientId) {
    public JobListQuery {
        if (lookbackSeconds < 1) {
            throw new IllegalArgumentException("the lookback must be at least one second: " + lookbackSeconds);
        }
    }

    /** The same query for one client. */
    public JobListQuery forClient(long id) {
        return new JobListQuery(lookbackSeconds, allTypes, OptionalLong.of(id));
    }
}

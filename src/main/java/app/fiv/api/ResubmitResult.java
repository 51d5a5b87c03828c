package app.fiv.api;

import java.util.List;

/** What {@code POST Job/{id}/action/Resubmit} answered: the job or jobs it started instead of {@code jobId}. */
public record ResubmitResult(long jobId, List<Long> newJobIds) {
    public ResubmitResult {
        newJobIds = List.copyOf(newJobIds);
        if (newJobIds.isEmpty()) {
            throw new IllegalArgumentException("a resubmit starts at least one job");
        }
    }

    /** The new job ({@code jobIds[0]}). */
    public long newJobId() {
        return newJobIds.get(0);
    }
}

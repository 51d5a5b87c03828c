package app.fiv.demo;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The attempts of a job whose story does not list them, told from its type and status: the phases
 * before the one that failed (or is running) completed; a failed phase was tried three times.
 */
final class JobAttempts {

    private static final int RETRIES = 3;

    private JobAttempts() {
    }

    static List<JobStory.Attempt> of(DemoJob job) {
        if (!job.story().attempts().isEmpty()) {
            return job.story().attempts();
        }
        JobSummary summary = job.summary();
        List<String> phases = phases(summary.jobType());
        String status = summary.status();
        String reason = summary.pendingReason();
        List<String[]> told = new ArrayList<>(); // {phase, status, reason}
        int main = summary.jobType() == JobType.BACKUP ? 1 : 0;
        if (JobStatuses.FAILED_TO_START.equals(status)) {
            told.add(new String[] {phases.get(0), JobStatuses.FAILED, reason});
        } else if (JobStatuses.FAILED.equals(status) || JobStatuses.KILLED.equals(status) || summary.active()
                || JobStatuses.COMMITTED.equals(status)) {
            for (int p = 0; p < main; p++) {
                told.add(new String[] {phases.get(p), JobStatuses.COMPLETED, ""});
            }
            int tries = JobStatuses.FAILED.equals(status) ? RETRIES : 1;
            for (int t = 0; t < tries; t++) {
                told.add(new String[] {phases.get(main), status, reason});
            }
        } else {
            for (int p = 0; p < phases.size(); p++) {
                String phaseReason = p == main ? finishedReason(summary) : "";
                told.add(new String[] {phases.get(p), JobStatuses.COMPLETED, phaseReason});
            }
        }
        Duration length = Duration.between(summary.start(), summary.lastUpdate());
        List<JobStory.Attempt> attempts = new ArrayList<>();
        for (int i = 0; i < told.size(); i++) {
            String[] attempt = told.get(i);
            attempts.add(new JobStory.Attempt(attempt[0], attempt[1], attempt[2],
                    length.multipliedBy(i).dividedBy(told.size()), length.multipliedBy(i + 1).dividedBy(told.size())));
        }
        return attempts;
    }

    private static String finishedReason(JobSummary summary) {
        long failed = summary.failed().files() + summary.failed().folders();
        if (failed > 0) {
            return "Failed to process " + failed + (failed == 1 ? " item" : " items") + "; see the job's failed items.";
        }
        return summary.pendingReason();
    }

    static List<String> phases(JobType type) {
        return switch (type) {
            case BACKUP -> List.of("Scan", "Backup", "Archive Index");
            case RESTORE -> List.of("Restore");
            case AUX_COPY -> List.of("Aux Copy");
            case SYNTHETIC_FULL -> List.of("Synthetic Full Backup", "Archive Index");
            case SNAP_BACKUP -> List.of("Snap Backup", "Archive Index");
            case DATA_VERIFICATION -> List.of("Data Verification");
        };
    }
}

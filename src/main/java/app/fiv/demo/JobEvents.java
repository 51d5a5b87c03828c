package app.fiv.demo;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The CommServe events a job raises, told from its summary and story: its start and end
 * (information), retried files (minor), failed items, failed attempts and kills (major), a failure
 * or a failed virtual machine (critical). Codes are {@code subsystem:number}, as in {@code 19:122};
 * {@code eventCode} is the same pair as one number, {@code subsystem << 24 | number}.
 */
final class JobEvents {

    static final int INFO = 0;
    static final int MINOR = 3;
    static final int MAJOR = 6;
    static final int CRITICAL = 9;

    record Event(long id, int severity, int subsystemCode, int number, String subsystem, String description, Instant time) {
    }

    private JobEvents() {
    }

    /** Oldest first. */
    static List<Event> of(DemoJob job) {
        JobSummary summary = job.summary();
        long jobId = summary.jobId();
        List<Event> events = new ArrayList<>();
        String what = summary.jobType().displayName() + " job [" + jobId + "] of client [" + summary.origin().clientName() + "]"
                + (summary.origin().subclientName() == null ? "" : ", subclient [" + summary.origin().subclientName() + "]");
        add(events, jobId, INFO, 19, 1560, "JobManager", what + " started by [" + job.story().startedBy() + "] from ["
                + job.story().startedFrom() + "].", summary.start());
        List<JobStory.Attempt> attempts = JobAttempts.of(job);
        for (JobStory.Attempt attempt : attempts) {
            Instant at = summary.start().plus(attempt.to());
            if (JobStatuses.FAILED.equals(attempt.status()) && !JobStatuses.FAILED_TO_START.equals(summary.status())) {
                add(events, jobId, MAJOR, 19, 93, "JobManager", "Phase [" + attempt.phase() + "] of job [" + jobId
                        + "] failed: " + attempt.reason(), at);
            }
        }
        long failed = summary.failed().files() + summary.failed().folders();
        Instant middle = summary.start().plus(java.time.Duration.between(summary.start(), summary.lastUpdate()).dividedBy(2));
        if (failed > 0) {
            add(events, jobId, MINOR, 7, 64, "clBackup", "Items in use were retried 3 times before being reported as failed.",
                    middle);
            add(events, jobId, MAJOR, 19, 122, "clBackup", "Failed to process [" + summary.failed().files() + "] files and ["
                    + summary.failed().folders() + "] folders of job [" + jobId + "]; see the job's failed items.", middle.plusSeconds(1));
        }
        for (JobStory.VmStatus vm : job.story().vms()) {
            if (vm.status() == JobStory.VmStatus.FAILED) {
                add(events, jobId, CRITICAL, 91, 44, "VsbkpProcess", "Failed to back up virtual machine [" + vm.vmName()
                        + "]: " + vm.failureReason(), middle.plusSeconds(2));
            } else if (vm.status() == JobStory.VmStatus.PARTIAL) {
                add(events, jobId, MINOR, 91, 45, "VsbkpProcess", "Virtual machine [" + vm.vmName()
                        + "] was backed up with errors: " + vm.failureReason(), middle.plusSeconds(2));
            }
        }
        finish(events, job, what);
        return events;
    }

    private static void finish(List<Event> events, DemoJob job, String what) {
        JobSummary summary = job.summary();
        long jobId = summary.jobId();
        String reason = summary.pendingReason();
        Instant at = summary.lastUpdate();
        switch (summary.status()) {
            case JobStatuses.FAILED -> add(events, jobId, CRITICAL, 19, 1572, "JobManager", what + " failed: " + reason, at);
            case JobStatuses.FAILED_TO_START -> add(events, jobId, CRITICAL, 19, 1573, "JobManager",
                    what + " could not start: " + reason, at);
            case JobStatuses.KILLED -> add(events, jobId, MAJOR, 19, 1034, "JobManager", what + " was killed: " + reason, at);
            case JobStatuses.COMMITTED -> add(events, jobId, MAJOR, 19, 1035, "JobManager", what + " was committed: " + reason, at);
            case JobStatuses.COMPLETED_WITH_WARNINGS -> add(events, jobId, MINOR, 19, 1100, "JobManager",
                    what + " completed with warnings: " + reason, at);
            default -> {
                if (summary.active()) {
                    if (!reason.isEmpty()) {
                        add(events, jobId, MINOR, 19, 1200, "JobManager", what + " is " + summary.status().toLowerCase(java.util.Locale.ROOT)
                                + ": " + reason, at);
                    }
                    return;
                }
            }
        }
        add(events, jobId, INFO, 19, 1561, "JobManager", what + " finished with status [" + summary.status() + "].", at);
    }

    private static void add(List<Event> events, long jobId, int severity, int subsystemCode, int number, String subsystem,
                            String description, Instant time) {
        events.add(new Event(jobId * 100 + events.size(), severity, subsystemCode, number, subsystem, description, time));
    }

    static ObjectNode toJson(Event event, JobSummary job) {
        ObjectNode json = Json.object()
                .put("id", event.id())
                .put("severity", event.severity())
                .put("eventCode", ((long) event.subsystemCode() << 24) | event.number())
                .put("eventCodeString", event.subsystemCode() + ":" + event.number())
                .put("jobId", job.jobId())
                .put("subsystem", event.subsystem())
                .put("description", event.description())
                .put("timeSource", event.time().getEpochSecond())
                .put("acknowledge", 0);
        json.set("clientEntity", job.origin().clientEntity());
        return json;
    }
}
